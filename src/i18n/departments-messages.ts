import { departmentsEn } from './departments-en';
import { departmentsZhCn } from './departments-zh-cn';

/** The departments (RACI) view's texts in every language, loaded with that view through useSectionT. */
export const DEPARTMENTS_MESSAGES = { en: departmentsEn, 'zh-CN': departmentsZhCn };

/** A key of those texts. */
export type DepartmentsKey = keyof typeof departmentsEn;
