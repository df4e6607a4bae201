import type { recoveryEn } from './recovery-en';

/** Chinese texts of the recovery screen. */
export const recoveryZhCn: Record<keyof typeof recoveryEn, string> = {
  'recovery.heading': '无法读取已保存的工作区',
  'recovery.explain':
    '为“{name}”保存的数据与本应用的格式不符。在进行任何其他操作之前，已将其复制为备份，且未覆盖原数据。',
  'recovery.backup': '备份记录：{key}',
  'recovery.issues': '问题详情',
  'recovery.download': '下载已保存的数据',
  'recovery.reset': '新建工作区（备份保留）',
  'recovery.readOnly': '继续使用但不保存',
};
