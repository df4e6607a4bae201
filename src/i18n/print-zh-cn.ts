import type { printEn } from './print-en';

/** Chinese texts of the printed contract annex, in the report's terms. */
export const printZhCn: Record<keyof typeof printEn, string> = {
  'print.annexTitle': '云安全责任共担附件',
  'print.header': '{title} · 版本 {version}',
  'print.pageOf': '第 {page} 页 / 共 {pages} 页',
  'print.raci.heading': '云服务客户内部：部门分工（RACI）',
  'print.raci.intro':
    '各云服务客户将其职责分配到内部各部门：R 执行该项工作，A 对其问责（每项职责只能一个部门），C 事前咨询，I 事后知会。',
  'print.raci.ownerNote':
    '责任矩阵中的“负责”指承担该项职责的参与方；此处的“问责”指在客户内部对该职责最终负责的部门。',
  'print.raci.derivedNote':
    '推导规则：报告提出了这一需求（§1.3），但未规定 RACI；“唯一问责部门”是本工具的检查。',
  'print.raci.caption': '{engagement}中{party}的职责，按部门分工',
  'print.raci.duty': '客户职责',
  'print.raci.check': '检查',
  'print.raci.empty': '—',
  'print.raci.none': '没有合作指定了设有部门的云服务客户。',
  'print.raci.letter.responsible': '执行',
  'print.raci.letter.accountable': '问责',
  'print.raci.letter.consulted': '咨询',
  'print.raci.letter.informed': '知会',
  'print.raci.state.agreed': '问责部门唯一',
  'print.raci.state.noAccountable': '未指定问责部门',
  'print.raci.state.severalAccountable': '有多个问责部门',
  'print.raci.state.withoutDuty': '客户在此已无职责',
  'print.raci.kind.security': '安全部门',
  'print.raci.kind.development': '开发部门',
  'print.raci.kind.business': '业务部门',
  'print.raci.kind.operations': '运维部门',
  'print.raci.kind.custom': '其他部门',
  // The information-sharing plan (key link 3, §2.4).
  'print.plan.heading': '信息共享计划',
  'print.plan.intro':
    '谁向谁传递哪些安全信息、何时触发、多快送达、通过什么渠道（关键环节三，§2.4）：资产的基本信息及变化、各方关键的行为活动、来自外部的重要情报。',
  'print.plan.none': '尚未约定信息通道。',
  'print.plan.pair': '{from} → {to}',
  'print.plan.caption': '从{from}到{to}的信息通道',
  'print.plan.category': '信息类别',
  'print.plan.what': '传递内容',
  'print.plan.trigger': '触发条件',
  'print.plan.timeliness': '时限',
  'print.plan.medium': '渠道',
  'print.plan.joint.heading': '安全事件联动处置',
  'print.plan.joint.intro':
    '对每项同时有云服务商和云安全厂商的合作：发生安全事件时由谁通知谁、在多长时限内、由谁协调（§1.2 联动处置；§2.2 联动响应机制）。',
  'print.plan.joint.caption': '各项合作的联动处置安排',
  'print.plan.joint.engagement': '合作',
  'print.plan.joint.notification': '由谁通知谁',
  'print.plan.joint.timeliness': '时限',
  'print.plan.joint.coordinator': '由谁协调',
  'print.plan.joint.none': '尚未约定。',
};
