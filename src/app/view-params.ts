import { isLanguage, type Language } from '@/i18n/languages';
import { type DeliveryMode, isDeliveryMode } from '@/model/delivery-modes';
import { isResourceServiceType, type ResourceServiceType } from '@/model/service-types';
import { type AppView, isAppView } from '@/store/app-views';

/**
 * The URL parameters that address a view: `?type=paas&mode=managedDelivery&engagement=e1&lang=en&view=compare`.
 * `engagement` names the engagement the scenario belongs to, so an address never applies one
 * engagement's scenario to another.
 */
export const VIEW_PARAMS = ['type', 'mode', 'engagement', 'lang', 'view'] as const;

/** One of the view's URL parameters. */
export type ViewParam = (typeof VIEW_PARAMS)[number];

/** What a URL asks for, and the parameters that had to be ignored. */
export interface ViewRequest {
  readonly resourceService?: ResourceServiceType;
  readonly mode?: DeliveryMode;
  /** The engagement the address was written for. */
  readonly engagementId?: string;
  readonly language?: Language;
  readonly view?: AppView;
  readonly ignored: readonly { readonly param: ViewParam; readonly value: string }[];
}

// Engagement ids are generated (`engagement-1`, UUIDs); anything else in the address is not one.
const ENGAGEMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Reads the view from a query string; a bad value is ignored (and reported), never fatal. */
export function parseViewParams(search: string): ViewRequest {
  const params = new URLSearchParams(search);
  const ignored: { param: ViewParam; value: string }[] = [];
  const read = <T extends string>(
    param: ViewParam,
    isValid: (v: string) => v is T,
  ): T | undefined => {
    const value = params.get(param);
    if (value === null) return undefined;
    if (isValid(value)) return value;
    ignored.push({ param, value });
    return undefined;
  };
  const resourceService = read('type', isResourceServiceType);
  const mode = read('mode', isDeliveryMode);
  const engagementId = read('engagement', (v): v is string => ENGAGEMENT_ID.test(v));
  const language = read('lang', (v): v is Language => isLanguage(v));
  const view = read('view', isAppView);
  return {
    ...(resourceService ? { resourceService } : {}),
    ...(mode ? { mode } : {}),
    ...(engagementId ? { engagementId } : {}),
    ...(language ? { language } : {}),
    ...(view ? { view } : {}),
    ignored,
  };
}

/**
 * Writes the view into a query string, keeping any other parameters the URL had. The matrix, the
 * default view, leaves `view` out, so the workbench's address stays as short as before.
 */
export function buildViewSearch(
  current: string,
  view: {
    resourceService: ResourceServiceType;
    mode: DeliveryMode;
    engagementId?: string;
    language: Language;
    view: AppView;
  },
): string {
  const params = new URLSearchParams(current);
  params.set('type', view.resourceService);
  params.set('mode', view.mode);
  if (view.engagementId) params.set('engagement', view.engagementId);
  else params.delete('engagement');
  params.set('lang', view.language);
  if (view.view === 'matrix') params.delete('view');
  else params.set('view', view.view);
  return `?${params.toString()}`;
}
