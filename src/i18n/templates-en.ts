/** English texts of the workspace templates: the picker and the names the templates are filled with. */
export const templatesEn = {
  'templates.open': 'New from template…',
  'templates.heading': 'Start from a template',
  'templates.intro':
    'Each template is a complete example: named parties, engagements, security services and information channels, with no findings. The names are examples; rename them to your own.',
  'templates.create': 'Create',
  'templates.createLabel': 'Create from template: {name}',
  'templates.close': 'Close the templates',
  'templates.workspaceName': '{name} (example)',
  'templates.created': 'Created “{name}” from a template and opened it.',
  'templates.notSaved':
    'Opened “{name}”, but it could not be saved in this browser. The save status says why.',
  'template.publicIaas.name': 'Public cloud IaaS',
  'template.publicIaas.description':
    'A bank on public cloud IaaS: the provider runs the facility and virtualisation.',
  'template.publicSaas.name': 'Public SaaS',
  'template.publicSaas.description':
    'A retailer uses SaaS; the provider also sells its own security service.',
  'template.privateCloud.name': 'Private cloud (software delivery)',
  'template.privateCloud.description':
    'A bank runs bought cloud software itself; the supplier answers for the software only.',
  'template.governmentCloud.name': 'Government cloud (managed delivery)',
  'template.governmentCloud.description':
    'A city bureau owns its cloud and buys operations from the provider.',
  'template.multiCloud.name': 'Multi-cloud and hybrid',
  'template.multiCloud.description':
    'Public IaaS from one provider, private PaaS from another, a security vendor each.',
  'template.reseller.name': 'Customer reselling its application as SaaS',
  'template.reseller.description':
    'A software company is a cloud customer and the SaaS provider of a hospital.',
  'party.bank': 'Example Bank',
  'party.publicCloud': 'Example Public Cloud',
  'party.securityCompany': 'Example Security Company',
  'party.retailer': 'Example Retailer',
  'party.saasProvider': 'Example SaaS Provider',
  'party.softwareSupplier': 'Example Cloud Software Supplier',
  'party.dataBureau': 'Example City Data Bureau',
  'party.governmentCloud': 'Example Government Cloud Provider',
  'party.group': 'Example Group',
  'party.cloudA': 'Cloud Provider A',
  'party.cloudB': 'Cloud Provider B',
  'party.vendorA': 'Security Vendor A',
  'party.vendorB': 'Security Vendor B',
  'party.softwareCompany': 'Example Software Company',
  'party.hospital': 'Example Hospital',
  'engagement.publicIaas': 'Core business systems on public cloud IaaS',
  'engagement.publicSaas': 'Office collaboration SaaS',
  'engagement.privateCloud': 'Private cloud platform (software delivery)',
  'engagement.governmentCloud': 'Government cloud platform (managed operations)',
  'engagement.multiCloudPublic': 'Online channels on public cloud IaaS (Provider A)',
  'engagement.multiCloudPrivate': 'Data platform on private cloud PaaS (Provider B)',
  'engagement.resellerHosting': 'SaaS application hosted on public cloud IaaS',
  'engagement.resellerSaas': 'Patient management SaaS for the hospital',
} as const;
