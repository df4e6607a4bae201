import type { ChannelSuggestionId } from '@/model/suggest-channels-table';

/** The texts a suggested channel is filled in with: what is passed on, when, how fast, through what. */
export interface SuggestionTexts {
  readonly what: string;
  readonly trigger: string;
  readonly timeliness: string;
  readonly medium: string;
}

/**
 * English texts of the suggested channels. `what` restates domain §5 (derived from the report's §2.4
 * link 3 and §1.2); trigger, timeliness and medium are this workbench's own suggestion.
 */
export const planSuggestionsEn: Readonly<Record<ChannelSuggestionId, SuggestionTexts>> = {
  'providerToCustomer.assetFacts': {
    what: 'Service changes and end of life; which services a disclosed vulnerability affects',
    trigger: 'A service changes or is retired; a vulnerability is disclosed',
    timeliness: 'Changes and end of life 30 days ahead; affected services within 24 hours',
    medium: 'Console notice and e-mail to the security contact',
  },
  'providerToCustomer.keyActivities': {
    what: 'Platform incidents, maintenance windows, provider staff access to tenant resources',
    trigger: 'An incident on the platform; planned maintenance; staff access to the tenant',
    timeliness: 'Incidents within 1 hour; maintenance 72 hours ahead; access as it happens',
    medium: 'Service health page, ticket, and phone for severe incidents',
  },
  'providerToCustomer.externalIntelligence': {
    what: 'Ransomware and threat warnings, vulnerability bulletins',
    trigger: 'A threat or vulnerability that concerns services the customer uses',
    timeliness: 'Within 24 hours of publication',
    medium: 'Security bulletin on the portal and by e-mail',
  },
  'customerToProvider.assetFacts': {
    what: 'Internet-exposed assets, security contacts',
    trigger: 'An asset is exposed to or withdrawn from the internet; a contact changes',
    timeliness: 'Within 5 working days of the change',
    medium: 'Console settings or ticket',
  },
  'customerToProvider.keyActivities': {
    what: 'Authorisations for provider operations; approvals of managed changes',
    trigger: 'The provider asks to operate on customer resources or to change a managed system',
    timeliness: 'Before the operation or change starts',
    medium: 'Ticket with written approval',
  },
  'customerToProvider.externalIntelligence': {
    what: 'Attacks seen that may be platform-wide',
    trigger: 'An attack that may affect the platform or other tenants',
    timeliness: 'Within 2 hours of detection',
    medium: 'Security ticket and phone hotline',
  },
  'vendorToCustomer.assetFacts': {
    what: 'Protection coverage per asset',
    trigger: 'Coverage changes, or an asset loses protection',
    timeliness: 'Within 24 hours; a full report every month',
    medium: 'Security service console and monthly report',
  },
  'vendorToCustomer.keyActivities': {
    what: 'Alerts, detections, response actions; incidents in the security service itself',
    trigger: 'An alert or detection; a response action; an incident in the service',
    timeliness: 'High-severity alerts within 15 minutes; service incidents within 1 hour',
    medium: 'Alert console, phone for high severity, incident report',
  },
  'vendorToCustomer.externalIntelligence': {
    what: 'Threat intelligence',
    trigger: 'Intelligence that concerns the customer’s assets or sector',
    timeliness: 'Within 24 hours of publication',
    medium: 'Threat intelligence feed or bulletin',
  },
  'customerToVendor.assetFacts': {
    what: 'Asset inventory and its changes',
    trigger: 'An asset is added, changed or retired',
    timeliness: 'Within 5 working days of the change',
    medium: 'Asset list in the security service console',
  },
  'customerToVendor.keyActivities': {
    what: 'Scope of authorisation; changes of security goals',
    trigger: 'The authorisation or the security goals change',
    timeliness: 'Before the change takes effect',
    medium: 'Written notice by e-mail or ticket',
  },
  'providerToVendor.keyActivities': {
    what: 'Platform incidents that affect the vendor’s protection of the customer (with the customer’s authorisation)',
    trigger:
      'A platform incident that touches the protected assets, once the customer has authorised sharing',
    timeliness: 'Within 1 hour of confirmation',
    medium: 'Security ticket and phone hotline, the customer in copy',
  },
  'providerToVendor.externalIntelligence': {
    what: 'Vulnerabilities disclosed in the platform',
    trigger: 'A platform vulnerability that the vendor’s protection must account for',
    timeliness: 'Within 24 hours of disclosure',
    medium: 'Security bulletin by e-mail',
  },
  'vendorToProvider.keyActivities': {
    what: 'Attacks it sees against the platform from the customer’s assets',
    trigger: 'Detected traffic or activity from customer assets aimed at the platform',
    timeliness: 'Within 2 hours of detection',
    medium: 'Security ticket, the customer in copy',
  },
  'vendorToProvider.externalIntelligence': {
    what: 'Threat intelligence relevant to the platform',
    trigger: 'Intelligence that concerns the platform the customer uses',
    timeliness: 'Within 24 hours of publication',
    medium: 'Threat intelligence bulletin by e-mail',
  },
};
