import type { Language } from './languages';

/** The texts a suggested joint-response entry is filled in with. */
export interface JointResponseTexts {
  readonly notification: string;
  readonly timeliness: string;
}

/**
 * The suggested joint response of an engagement [derived from §1.2 联动处置 and §2.2 联动响应机制]:
 * this workbench's wording and deadline, to be changed to what the contract says.
 */
export const JOINT_RESPONSE_SUGGESTION: Readonly<Record<Language, JointResponseTexts>> = {
  en: {
    notification:
      'The party that detects a security incident notifies the customer and the other parties of the engagement (the provider and the security vendor notify each other with the customer’s authorisation); the customer coordinates the response.',
    timeliness: 'First notice within 1 hour of detection; updates every 4 hours until closed',
  },
  'zh-CN': {
    notification:
      '发现安全事件的一方通知云服务客户及本合作的其他各方（云服务商与云安全厂商之间的通报须经云服务客户授权），由云服务客户协调联动处置。',
    timeliness: '发现后 1 小时内首次通报；处置结束前每 4 小时通报进展',
  },
};
