/** English texts of the guide area. */
export const guideEn = {
  'guide.heading': 'The 2.0 system explained',
  'guide.intro':
    'The 2.0 system answers one question: who looks after which part of cloud security. It has four parts: three roles, four principles that guide the split, a scope set by service type and delivery mode, and three key links where the parties work together.',
  'guide.roles.heading': 'Three roles',
  'guide.roles.customer': 'Any enterprise, public institution or person that uses cloud services.',
  'guide.roles.provider':
    'An organisation that offers IaaS, PaaS or SaaS, or runs cloud operations for others.',
  'guide.roles.securityVendor':
    'An organisation that offers cloud security services, as tools or as people: a provider’s own native security offering, or a traditional security company.',
  'guide.roles.overlap':
    'A role is a hat, not an organisation: one organisation may wear several. A provider that sells security services is also a security vendor; a customer that offers its own application as SaaS becomes a provider as well. That is why the workbench keeps named parties apart from roles.',
  'guide.principles.heading': 'Four principles',
  'guide.principles.checkLabel': 'The app checks:',
  'guide.principles.meaning.sharedPurpose':
    'All parties want the same thing: the customer’s business running securely and steadily in the cloud. Sharing responsibility is a way to work together, not a way to hand duties off.',
  'guide.principles.check.sharedPurpose': 'Every asset layer has a complete owner.',
  'guide.principles.meaning.reasonableResponsibility':
    'Parties see and control different things, and the law asks different things of them, so the split follows that. Some baselines always hold: in public cloud the provider secures the physical facility, and the customer always answers for its business data.',
  'guide.principles.check.reasonableResponsibility':
    'Those baselines are kept, every change from the baseline states its reason, and a managed engagement keeps the operations service that defines its mode.',
  'guide.principles.meaning.maximisedStrengths':
    'Providers and vendors put their technical strengths to work through extra services, such as security and operations services, within a reasonable split and with the customer’s authorisation.',
  'guide.principles.check.maximisedStrengths':
    'Every supporter is carried by an assurance service that covers that layer.',
  'guide.principles.meaning.transparentCollaboration':
    'Each party holds different security information, so they pass it on transparently and promptly and respond to incidents together; that is how trust grows.',
  'guide.principles.check.transparentCollaboration':
    'Every party that owns or supports something has an information channel to the customer, and every engagement with a provider and a security vendor has a joint response to incidents.',
  'guide.scope.heading': 'How the scope is set',
  'guide.scope.intro':
    'Two choices fix each party’s scope: the service type (what the customer buys) and the delivery mode (who controls the resources).',
  'guide.scope.layersLead': 'The matrix lists five asset layers, from the bottom up:',
  'guide.scope.boundaryLead': 'Each resource service delivers one of them, its boundary layer:',
  'guide.scope.boundaryItem': '{service}: {layer}',
  'guide.scope.positionsLead': 'The boundary layer splits the layers into three bands:',
  'guide.scope.underTerm': 'Under the service',
  'guide.scope.boundaryTerm': 'The service itself (the boundary layer)',
  'guide.scope.onTerm': 'On the service',
  'guide.scope.under':
    'Whoever controls the resources owns these layers whole: the provider in cloud-service mode, the customer in the two delivery modes.',
  'guide.scope.boundary':
    'The provider answers for the service itself; the customer for using it securely (configuration, access, daily use).',
  'guide.scope.on':
    'Everything the customer builds on the service, business data included, is the customer’s.',
  'guide.scope.modesLead': 'The delivery mode says who controls the resources:',
  'guide.scope.typicalCases': 'Typical: {cases}',
  'guide.scope.mode.cloudService':
    'The customer buys a cloud service; the provider controls the resources and owns the layers under the service and the service itself.',
  'guide.scope.mode.softwareDelivery':
    'The customer buys cloud software and runs it in its own environment; the provider answers only for the software product itself.',
  'guide.scope.mode.managedDelivery':
    'As software delivery, but the customer also buys an operations service, so the provider runs the platform on site or remotely. The customer stays finally accountable for business and data.',
  'guide.scope.assurance':
    '{security} and {ops} are assurance services: they move no duty, they help its owner carry it. Their reach is the layers the customer bought them for. In cloud-service mode it narrows from IaaS to SaaS, as the provider controls more of the cloud; in the two delivery modes the customer controls the resources whatever the service type, so a security service can support every layer it owns, the data-centre facility included.',
  'guide.links.heading': 'Three key links',
  'guide.links.platformBuildAndUse':
    'Secure construction and use of the cloud platform (“build the cloud well, use the cloud well”): the provider builds a secure platform with security functions that are complete and easy to use; the customer configures those functions properly and keeps to its own rules.',
  'guide.links.protectionSystem':
    'The customer owns the protection of its business and data in the cloud: it sets the security goals and builds its defences on security services. The vendor answers for the quality of what it delivers and for the security of the service itself.',
  'guide.links.informationSharing':
    'Each party sees a different part of the picture, so necessary security information goes promptly and transparently to every party that needs to know it, not only to the customer, and incidents are handled jointly. The report names three kinds as examples; the plan takes categories of your own too:',
  'guide.references.heading': 'Laws and standards the report cites',
  'guide.references.lead':
    'The report (§1.1) builds on these laws, this white paper and these standards; each is named here with the report’s reason for citing it:',
  'guide.references.note':
    'The workbench holds none of these texts and quotes nothing the report does not quote: read the originals for what they require.',
  'guide.provenance.changes':
    'What changed in this version: every duty carries its own basis, so a report-based supporter whose scope we derived, and the operations service’s support in cloud-service mode, are marked † with the section they are derived from; a security service now covers the data-centre facility where the customer owns it (workspaces saved before keep the coverage they had); managed delivery without its operations service is flagged; the plan suggests channels between the provider and the security vendor, takes categories of your own, and records a joint response to incidents per engagement.',
  'guide.provenance.heading': 'Report rules and derived rules',
  'guide.provenance.lead': 'Each duty in the matrix shows where it comes from:',
  'guide.provenance.reportTerm': 'From the report',
  'guide.provenance.report':
    'The duty follows the report directly, and the section is cited: for example §2.3.2 for the delivery-mode tables.',
  'guide.provenance.derivedTerm': 'Derived',
  'guide.provenance.derived':
    'Where the report is silent, the workbench makes a reasoned choice, marks it “derived” and names the section it builds on. Examples: the “security service itself” row and the default reach of assurance services.',
  'guide.provenance.overrideTerm': 'Changed for the contract',
  'guide.provenance.override':
    'A cell you changed to match your contract. Give a reason, so every departure from the baseline stays explained.',
  'guide.provenance.advice':
    'A derived rule is our reading, not the report’s text: confirm it with the other parties before it goes into a contract.',
} as const;
