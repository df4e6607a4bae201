import type { guideEn } from './guide-en';

/** Chinese texts of the guide area. */
export const guideZhCn: Record<keyof typeof guideEn, string> = {
  'guide.heading': '2.0 体系速览',
  'guide.intro':
    '2.0 体系要回答的问题是：云安全的各个部分分别由谁负责。它包括四个方面：三类主体角色、指导责任划分的四大基本原则、由服务类型和服务模式决定的责任范围，以及各方协同的三大关键环节。',
  'guide.roles.heading': '三类主体角色',
  'guide.roles.customer': '使用云服务的企业、事业单位或个人。',
  'guide.roles.provider':
    '提供 IaaS、PaaS、SaaS 等资源类云服务，或为他方提供云运维运营服务的组织。',
  'guide.roles.securityVendor':
    '以工具或人员服务的形式提供云安全服务的组织，既可以是提供原生安全能力的云服务商，也可以是传统安全厂商。',
  'guide.roles.overlap':
    '角色不等于组织，同一组织可以同时承担多个角色：云服务商对外提供云安全服务时，也是云安全厂商；云服务客户把自建应用以 SaaS 形式对外提供时，也成为云服务商。因此，本工具将具名的参与方与角色分开管理。',
  'guide.principles.heading': '四大基本原则',
  'guide.principles.checkLabel': '本工具检查：',
  'guide.principles.meaning.sharedPurpose':
    '各方目标一致，都是让云服务客户的云上业务安全、稳定地运行。责任共担意在各司其职、协同配合，而不是推卸责任。',
  'guide.principles.check.sharedPurpose': '每个资产层都有完整的负责方。',
  'guide.principles.meaning.reasonableResponsibility':
    '各方对云上资产的可见性和控制力不同，承担的法定义务也不同，责任应据此合理划分，并守住基线：公有云的物理基础设施由云服务商负责，业务数据安全始终由云服务客户负责。',
  'guide.principles.check.reasonableResponsibility':
    '上述基线未被改动；凡偏离基线之处，都写明了理由；云软件交付+服务托管模式保留其所依托的云运维运营服务。',
  'guide.principles.meaning.maximisedStrengths':
    '在责任划分合理、并获得云服务客户授权的前提下，云服务商和云安全厂商发挥技术优势，提供云安全服务、云运维运营服务等更多服务。',
  'guide.principles.check.maximisedStrengths': '每个支撑项都由覆盖该层的保障类服务承载。',
  'guide.principles.meaning.transparentCollaboration':
    '各方掌握的安全信息各有侧重，应及时、透明地互通信息，遇到安全事件时联合处置，以此建立互信。',
  'guide.principles.check.transparentCollaboration':
    '凡承担负责或支撑事项的参与方，都有向云服务客户传递信息的渠道；同时有云服务商和云安全厂商的合作，约定了安全事件联动处置安排。',
  'guide.scope.heading': '责任范围如何确定',
  'guide.scope.intro':
    '两项选择决定各方的责任范围：服务类型（客户购买的是什么）和服务模式（云资源由谁控制）。',
  'guide.scope.layersLead': '责任矩阵自下而上列出五类资产：',
  'guide.scope.boundaryLead': '每种资源类云服务交付其中一层，即“服务交付层”：',
  'guide.scope.boundaryItem': '{service}：{layer}',
  'guide.scope.positionsLead': '以服务交付层为界，各层分为三段：',
  'guide.scope.underTerm': '服务之下',
  'guide.scope.boundaryTerm': '服务自身（服务交付层）',
  'guide.scope.onTerm': '服务之上',
  'guide.scope.under':
    '由控制云资源的一方对整层负责：云服务模式下是云服务商，两种交付模式下是云服务客户。',
  'guide.scope.boundary':
    '云服务商对所交付的服务自身负责，云服务客户对该服务的安全使用（配置、访问与日常使用）负责。',
  'guide.scope.on': '客户在服务之上部署的一切，包括业务数据，都由云服务客户负责。',
  'guide.scope.modesLead': '服务模式决定云资源由谁控制：',
  'guide.scope.typicalCases': '典型场景：{cases}',
  'guide.scope.mode.cloudService':
    '客户采购云服务，资源由云服务商控制；云服务商负责服务之下的各层以及服务自身。',
  'guide.scope.mode.softwareDelivery':
    '客户采购云软件，部署在自有环境中并自行控制资源；云服务商只对软件产品本身负责。',
  'guide.scope.mode.managedDelivery':
    '与云软件交付模式相同，但客户另行采购云运维运营服务，由云服务商驻场或远程运维。业务和数据的最终安全责任仍在云服务客户。',
  'guide.scope.assurance':
    '{security}和{ops}属于保障类云服务：它们不转移责任，而是帮助责任方履责。其范围以客户购买时针对的资产层为准。在云服务模式下，从 IaaS 到 SaaS，云服务商对云的控制越多，保障类服务可支撑的范围就越小；在两种云软件交付模式下，无论服务类型如何，资源都由云服务客户控制，云安全服务可支撑其负责的全部资产层，包括机房基础设施。',
  'guide.links.heading': '三大关键环节',
  'guide.links.platformBuildAndUse':
    '实现云平台的安全建设与使用（即“建好云、用好云”）：云服务商保障云平台自身安全，并提供完善、易用的安全功能；云服务客户据此做好安全配置，并切实执行自己的配置规范。',
  'guide.links.protectionSystem':
    '云服务客户是云上业务和数据防护的负责方，由其设定安全目标，并借助云安全服务搭建防护体系；云安全厂商则要保证所交付服务的质量，并确保服务本身的安全。',
  'guide.links.informationSharing':
    '各方看到的只是全局的一部分，应把必要的安全信息及时、透明地传递给每一个应知方，而不只是云服务客户，并对安全事件联动处置。报告以举例方式列出三类信息，信息共享计划也可添加自定义类别：',
  'guide.references.heading': '报告引用的法律法规与标准',
  'guide.references.lead':
    '报告（§1.1）以下列法律、白皮书和标准为背景；此处列出其名称及报告引用的理由：',
  'guide.references.note': '本工具不收录这些文本，也不引用报告未引用的内容；具体要求请查阅原文。',
  'guide.provenance.changes':
    '本版本的变化：每项责任都有各自的依据——依据报告的支撑项，其范围为本工具推导；云服务模式下云运维运营服务的支撑也为推导，均以 † 标记并注明所依据的章节；云安全服务默认覆盖云服务客户负责的机房基础设施（此前保存的工作区保留原有覆盖范围）；云软件交付+服务托管模式缺少云运维运营服务时给出提示；信息共享计划建议云服务商与云安全厂商之间的信息通道，支持自定义类别，并为每项合作记录安全事件联动处置安排。',
  'guide.provenance.heading': '报告规则与推导规则',
  'guide.provenance.lead': '矩阵中的每项责任都注明了来源：',
  'guide.provenance.reportTerm': '出自报告',
  'guide.provenance.report':
    '该责任直接依据报告，并注明章节，例如各服务模式的责任划分依据 §2.3.2。',
  'guide.provenance.derivedTerm': '推导',
  'guide.provenance.derived':
    '报告未作明确规定之处，由本工具作出有依据的推断，标为“推导”，并注明所依据的章节。例如“云安全服务自身”一行，以及保障类服务的默认范围。',
  'guide.provenance.overrideTerm': '按合同调整',
  'guide.provenance.override':
    '为与合同一致而修改的单元格。请写明理由，让每一处偏离基线的地方都有据可查。',
  'guide.provenance.advice':
    '推导规则是本工具对报告的理解，并非报告原文；写入合同前，请与相关各方确认。',
};
