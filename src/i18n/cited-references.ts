import type { CitedReference } from '@/model/cited-references';
import type { Language } from './languages';

/** A cited reference: its name as the report gives it, and the report's one-line reason (§1.1). */
export interface CitedReferenceText {
  readonly name: string;
  readonly reason: string;
}

/**
 * The names and reasons of the references the report cites (domain §8), in our words: nothing is
 * quoted that the report does not quote. Loaded with the guide and the annexes.
 */
export const CITED_REFERENCE_TEXTS: Readonly<
  Record<Language, Readonly<Record<CitedReference, CitedReferenceText>>>
> = {
  en: {
    cybersecurityLaw: {
      name: 'Cybersecurity Law of the PRC (《网络安全法》)',
      reason:
        'Sets the legal duties of network operators: the minimum set of the provider’s security duties.',
    },
    dataSecurityLaw: {
      name: 'Data Security Law of the PRC (《数据安全法》)',
      reason: 'The customer keeps its data-security duties after moving to the cloud.',
    },
    communityWhitePaper: {
      name: 'White paper “Jointly Building a Community with a Shared Future in Cyberspace” (《携手构建网络空间命运共同体》, 2022)',
      reason: 'The idea of a community of responsibility among all who take part in cyberspace.',
    },
    ydt4060: {
      name: 'YD/T 4060-2022 Cloud computing security shared responsibility model (《云计算安全责任共担模型》)',
      reason:
        'The public-cloud model between provider and customer: the 1.0 model the report builds on.',
    },
    gbt31168: {
      name: 'GB/T 31168-2023 Information security technology: security capability requirements of cloud computing services (《信息安全技术 云计算服务安全能力要求》)',
      reason: 'The control scope of provider and customer for each type of cloud capability.',
    },
  },
  'zh-CN': {
    cybersecurityLaw: {
      name: '《网络安全法》',
      reason: '规定网络运营者的法定安全义务，是云服务商安全责任的“最小集合”。',
    },
    dataSecurityLaw: {
      name: '《数据安全法》',
      reason: '云服务客户上云之后，仍须履行其数据安全义务。',
    },
    communityWhitePaper: {
      name: '《携手构建网络空间命运共同体》白皮书（2022）',
      reason: '网络空间各参与方共同承担责任的理念。',
    },
    ydt4060: {
      name: 'YD/T 4060-2022《云计算安全责任共担模型》',
      reason: '公有云场景下云服务商与云服务客户之间的责任共担模型，即报告所依托的 1.0 模型。',
    },
    gbt31168: {
      name: 'GB/T 31168-2023《信息安全技术 云计算服务安全能力要求》',
      reason: '按云计算能力类型规定云服务商与云服务客户的控制范围。',
    },
  },
};
