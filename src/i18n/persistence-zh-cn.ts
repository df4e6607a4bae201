import type { persistenceEn } from './persistence-en';

/** Chinese texts of saved workspaces, save state and conflicts. */
export const persistenceZhCn: Record<keyof typeof persistenceEn, string> = {
  'workspaces.untitled': '未命名工作区',
  'save.saved': '所有更改已保存',
  'save.saving': '正在保存…',
  'save.pending': '即将保存…',
  'save.notSaved.quota': '未保存：浏览器存储空间已满。请导出副本以保留工作成果。',
  'save.notSaved.blocked':
    '未保存：当前浏览器不允许本应用保存数据（无痕窗口或策略限制）。请导出副本以保留工作成果。',
  'save.notSaved.unavailable': '未保存：浏览器存储不可用。请导出副本以保留工作成果。',
  'save.notSaved.conflict': '未保存：另一个标签页修改了此工作区。请选择保留哪个版本。',
  'save.notSaved.read-only': '只读：此标签页不会向浏览器存储写入任何内容。',
  'save.notSaved.memory':
    '未保留：当前浏览器不为本应用保存数据，关闭标签页后工作成果将丢失。请导出副本。',
  'storage.persistent': '浏览器将保留这些数据，直到您删除。',
  'storage.notPersistent': '存储空间不足时浏览器可能清除已保存的数据，请定期导出备份。',
  'conflict.message':
    '此标签页有未保存的更改时，另一个标签页保存了此工作区的更新版本。在您选择之前，两个版本都会保留。',
  'conflict.keepMine': '将我的版本另存为新工作区',
  'conflict.takeTheirs': '显示更新版本（放弃我的更改）',
  'conflict.mineName': '{name}（我的版本）',
  'starting.message': '正在打开已保存的工作区…',
};
