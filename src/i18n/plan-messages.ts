import { planEn } from './plan-en';
import { planSuggestionsEn } from './plan-suggestions-en';
import { planSuggestionsZhCn } from './plan-suggestions-zh-cn';
import { planZhCn } from './plan-zh-cn';

/** The information-sharing plan's texts in every language, loaded with its view through useSectionT. */
export const PLAN_MESSAGES = { en: planEn, 'zh-CN': planZhCn };

/** A key of those texts. */
export type PlanKey = keyof typeof planEn;

/** The texts of the suggested channels (domain §5) in every language. */
export const PLAN_SUGGESTIONS = { en: planSuggestionsEn, 'zh-CN': planSuggestionsZhCn };
