/**
 * English texts of the suggested channels. `what` restates domain §5 (derived from the report's §2.4
 * link 3 and §1.2); trigger, timeliness and medium are this workbench's own suggestion.
 * The suggested joint response of an engagement [derived from §1.2 联动处置 and §2.2 联动响应机制] is
 * this workbench's wording and deadline, to be changed to what the contract says.
 */
export const planSuggestionsEn = {
  'planSuggestion.providerToCustomer.assetFacts.what':
    'Service changes and end of life; which services a disclosed vulnerability affects',
  'planSuggestion.providerToCustomer.assetFacts.trigger':
    'A service changes or is retired; a vulnerability is disclosed',
  'planSuggestion.providerToCustomer.assetFacts.timeliness':
    'Changes and end of life 30 days ahead; affected services within 24 hours',
  'planSuggestion.providerToCustomer.assetFacts.medium':
    'Console notice and e-mail to the security contact',
  'planSuggestion.providerToCustomer.keyActivities.what':
    'Platform incidents, maintenance windows, provider staff access to tenant resources',
  'planSuggestion.providerToCustomer.keyActivities.trigger':
    'An incident on the platform; planned maintenance; staff access to the tenant',
  'planSuggestion.providerToCustomer.keyActivities.timeliness':
    'Incidents within 1 hour; maintenance 72 hours ahead; access as it happens',
  'planSuggestion.providerToCustomer.keyActivities.medium':
    'Service health page, ticket, and phone for severe incidents',
  'planSuggestion.providerToCustomer.externalIntelligence.what':
    'Ransomware and threat warnings, vulnerability bulletins',
  'planSuggestion.providerToCustomer.externalIntelligence.trigger':
    'A threat or vulnerability that concerns services the customer uses',
  'planSuggestion.providerToCustomer.externalIntelligence.timeliness':
    'Within 24 hours of publication',
  'planSuggestion.providerToCustomer.externalIntelligence.medium':
    'Security bulletin on the portal and by e-mail',
  'planSuggestion.customerToProvider.assetFacts.what': 'Internet-exposed assets, security contacts',
  'planSuggestion.customerToProvider.assetFacts.trigger':
    'An asset is exposed to or withdrawn from the internet; a contact changes',
  'planSuggestion.customerToProvider.assetFacts.timeliness': 'Within 5 working days of the change',
  'planSuggestion.customerToProvider.assetFacts.medium': 'Console settings or ticket',
  'planSuggestion.customerToProvider.keyActivities.what':
    'Authorisations for provider operations; approvals of managed changes',
  'planSuggestion.customerToProvider.keyActivities.trigger':
    'The provider asks to operate on customer resources or to change a managed system',
  'planSuggestion.customerToProvider.keyActivities.timeliness':
    'Before the operation or change starts',
  'planSuggestion.customerToProvider.keyActivities.medium': 'Ticket with written approval',
  'planSuggestion.customerToProvider.externalIntelligence.what':
    'Attacks seen that may be platform-wide',
  'planSuggestion.customerToProvider.externalIntelligence.trigger':
    'An attack that may affect the platform or other tenants',
  'planSuggestion.customerToProvider.externalIntelligence.timeliness':
    'Within 2 hours of detection',
  'planSuggestion.customerToProvider.externalIntelligence.medium':
    'Security ticket and phone hotline',
  'planSuggestion.vendorToCustomer.assetFacts.what': 'Protection coverage per asset',
  'planSuggestion.vendorToCustomer.assetFacts.trigger':
    'Coverage changes, or an asset loses protection',
  'planSuggestion.vendorToCustomer.assetFacts.timeliness':
    'Within 24 hours; a full report every month',
  'planSuggestion.vendorToCustomer.assetFacts.medium':
    'Security service console and monthly report',
  'planSuggestion.vendorToCustomer.keyActivities.what':
    'Alerts, detections, response actions; incidents in the security service itself',
  'planSuggestion.vendorToCustomer.keyActivities.trigger':
    'An alert or detection; a response action; an incident in the service',
  'planSuggestion.vendorToCustomer.keyActivities.timeliness':
    'High-severity alerts within 15 minutes; service incidents within 1 hour',
  'planSuggestion.vendorToCustomer.keyActivities.medium':
    'Alert console, phone for high severity, incident report',
  'planSuggestion.vendorToCustomer.externalIntelligence.what': 'Threat intelligence',
  'planSuggestion.vendorToCustomer.externalIntelligence.trigger':
    'Intelligence that concerns the customer’s assets or sector',
  'planSuggestion.vendorToCustomer.externalIntelligence.timeliness':
    'Within 24 hours of publication',
  'planSuggestion.vendorToCustomer.externalIntelligence.medium':
    'Threat intelligence feed or bulletin',
  'planSuggestion.customerToVendor.assetFacts.what': 'Asset inventory and its changes',
  'planSuggestion.customerToVendor.assetFacts.trigger': 'An asset is added, changed or retired',
  'planSuggestion.customerToVendor.assetFacts.timeliness': 'Within 5 working days of the change',
  'planSuggestion.customerToVendor.assetFacts.medium': 'Asset list in the security service console',
  'planSuggestion.customerToVendor.keyActivities.what':
    'Scope of authorisation; changes of security goals',
  'planSuggestion.customerToVendor.keyActivities.trigger':
    'The authorisation or the security goals change',
  'planSuggestion.customerToVendor.keyActivities.timeliness': 'Before the change takes effect',
  'planSuggestion.customerToVendor.keyActivities.medium': 'Written notice by e-mail or ticket',
  'planSuggestion.providerToVendor.keyActivities.what':
    'Platform incidents that affect the vendor’s protection of the customer (with the customer’s authorisation)',
  'planSuggestion.providerToVendor.keyActivities.trigger':
    'A platform incident that touches the protected assets, once the customer has authorised sharing',
  'planSuggestion.providerToVendor.keyActivities.timeliness': 'Within 1 hour of confirmation',
  'planSuggestion.providerToVendor.keyActivities.medium':
    'Security ticket and phone hotline, the customer in copy',
  'planSuggestion.providerToVendor.externalIntelligence.what':
    'Vulnerabilities disclosed in the platform',
  'planSuggestion.providerToVendor.externalIntelligence.trigger':
    'A platform vulnerability that the vendor’s protection must account for',
  'planSuggestion.providerToVendor.externalIntelligence.timeliness':
    'Within 24 hours of disclosure',
  'planSuggestion.providerToVendor.externalIntelligence.medium': 'Security bulletin by e-mail',
  'planSuggestion.vendorToProvider.keyActivities.what':
    'Attacks it sees against the platform from the customer’s assets',
  'planSuggestion.vendorToProvider.keyActivities.trigger':
    'Detected traffic or activity from customer assets aimed at the platform',
  'planSuggestion.vendorToProvider.keyActivities.timeliness': 'Within 2 hours of detection',
  'planSuggestion.vendorToProvider.keyActivities.medium': 'Security ticket, the customer in copy',
  'planSuggestion.vendorToProvider.externalIntelligence.what':
    'Threat intelligence relevant to the platform',
  'planSuggestion.vendorToProvider.externalIntelligence.trigger':
    'Intelligence that concerns the platform the customer uses',
  'planSuggestion.vendorToProvider.externalIntelligence.timeliness':
    'Within 24 hours of publication',
  'planSuggestion.vendorToProvider.externalIntelligence.medium':
    'Threat intelligence bulletin by e-mail',
  'planSuggestion.jointResponse.notification':
    'The party that detects a security incident notifies the customer and the other parties of the engagement (the provider and the security vendor notify each other with the customer’s authorisation); the customer coordinates the response.',
  'planSuggestion.jointResponse.timeliness':
    'First notice within 1 hour of detection; updates every 4 hours until closed',
} as const;
