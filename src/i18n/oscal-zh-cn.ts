import type { oscalEn } from './oscal-en';

/** Chinese words of the OSCAL documents. */
export const oscalZhCn: Record<keyof typeof oscalEn, string> = {
  'oscal.catalogTitle': '云安全责任共担：资产层与保障类服务',
  'oscal.catalogRemarks':
    '由云安全责任共担工作台依据《云安全责任共担模型》（2024，2.0 体系）推导：每个资产层和每项保障类服务自身各一个控制项，每种范围一个陈述部分。并非报告自带的控制目录。',
  'oscal.sspTitle': '云安全责任矩阵',
  'oscal.systemDescription':
    '依据《云安全责任共担模型》（2024），按合作列出云安全各部分由谁负责、由谁支撑；由云安全责任共担工作台导出。',
  'oscal.boundary':
    '本工作区的各项合作：每项为某一云服务商以某种服务模式提供的资源类服务及其保障类服务。',
  'oscal.informationType': '云服务客户的业务数据',
  'oscal.informationTypeDescription':
    '云服务客户在各项合作中的业务数据；其安全由云服务客户最终负责。',
  'oscal.layersGroup': '资产层',
  'oscal.assuranceGroup': '保障类服务自身',
  'oscal.serviceItself': '{service}自身',
  'oscal.assignment': '{who}：{words}',
  'oscal.layer.facility': '数据中心及物理计算、存储和网络设备。',
  'oscal.layer.virtualization': '虚拟资源管理平台；云主机、块存储等基础设施能力类云服务。',
  'oscal.layer.platformSoftware':
    '容器、云数据库、中间件：以平台能力类云服务提供，或自行部署在基础设施之上。',
  'oscal.layer.applicationSoftware': '云服务客户的应用、开放接口、应用能力类云服务。',
  'oscal.layer.businessData': '云服务客户的业务数据。',
  'oscal.scope.whole': '该层的全部安全。',
  'oscal.scope.service':
    '该方在该层交付的服务或软件自身的安全：设计、开发、运行和下线；在两种交付模式下为软件产品本身。',
  'oscal.scope.use': '该层的安全配置、安全使用和日常运维。',
};
