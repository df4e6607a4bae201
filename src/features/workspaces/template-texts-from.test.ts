import { describe, expect, it } from 'vitest';
import { loadTranslate } from '@/i18n/load-translate';
import { channelSuggestionTexts } from '@/i18n/plan-suggestion-texts';
import { checkWorkspace } from '@/model/check-workspace';
import { findSuggestionIds, suggestChannels } from '@/model/suggest-channels';
import {
  createFromTemplate,
  TEMPLATE_IDS,
  WORKSPACE_TEMPLATES,
} from '@/model/templates/workspace-templates';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { serialiseWorkspaceDocument } from '@/schema/serialise-workspace-document';
import { templateTextsFrom } from './template-texts-from';

const LANGUAGES = ['en', 'zh-CN'] as const;
const CASES = TEMPLATE_IDS.flatMap((id) => LANGUAGES.map((language) => [id, language] as const));

const load = (language: (typeof LANGUAGES)[number]) =>
  loadTranslate(language, 'templates', 'plan', 'plan-suggestions');
const T = { en: await load('en'), 'zh-CN': await load('zh-CN') };

const build = (id: (typeof TEMPLATE_IDS)[number], language: (typeof LANGUAGES)[number]) =>
  createFromTemplate(id, templateTextsFrom(T[language]));

describe('templates in each language', () => {
  it.each(CASES)(
    '%s in %s has the plan’s own suggested channels, deadlines included',
    (id, language) => {
      const workspace = build(id, language);
      const suggested = suggestChannels({ ...workspace, channels: [] });
      expect(workspace.channels).toHaveLength(suggested.length);
      const separator = T[language]('list.clauseSeparator');
      for (const channel of workspace.channels) {
        const { fromPartyId, toPartyId, category } = channel;
        const ids = findSuggestionIds(workspace, fromPartyId, toPartyId, category);
        const plan = ids.map((suggestion) => channelSuggestionTexts(suggestion, T[language]));
        expect(channel.timeliness).toBe(plan.map((s) => s.timeliness).join(separator));
        expect(channel.what).toBe(plan.map((s) => s.what).join(separator));
      }
    },
  );

  it.each(CASES)('%s in %s is a valid workspace', (id, language) => {
    const workspace = build(id, language);
    const parsed = parseWorkspaceDocument(serialiseWorkspaceDocument(workspace));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual(workspace);
  });

  it.each(CASES)('%s in %s has exactly the findings it teaches', (id, language) => {
    const codes = checkWorkspace(build(id, language)).map((f) => f.code);
    expect(codes).toEqual([...WORKSPACE_TEMPLATES[id].teaches]);
  });

  it.each(CASES)('%s in %s names everything in that language', (id, language) => {
    const workspace = build(id, language);
    const names = [
      ...workspace.parties.map((p) => p.name),
      ...workspace.engagements.map((e) => e.name),
      ...workspace.channels.flatMap((c) => [c.what, c.trigger, c.timeliness, c.medium]),
      ...workspace.jointResponses.flatMap((j) => [j.notification, j.timeliness]),
    ];
    expect(names.every((name) => name.trim() !== '')).toBe(true);
    const han = /\p{Script=Han}/u;
    if (language === 'zh-CN') expect(workspace.parties.every((p) => han.test(p.name))).toBe(true);
    else expect(names.some((name) => han.test(name))).toBe(false);
  });
});
