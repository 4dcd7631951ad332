/** The data every hardening page shows: a generated dataset, served by the in-memory provider. */
import {generateDataset, InMemoryProvider} from '@partner-hub/core';
import {html, render} from 'lit';
import {styleProps} from '../../../packages/widgets/src/internal/style-props.ts';

export const HARDENING_DATASET = generateDataset({seed: 11, customers: 200});

/** Mounts `<partner-hub>` (its class registered already) on the generated data. */
export function mountHub(): HTMLElement {
  const hub = document.createElement('partner-hub') as HTMLElement & {provider: unknown};
  hub.provider = new InMemoryProvider(HARDENING_DATASET);
  document.body.append(hub);
  // For the control cases: this page's Lit, and the kit's directive for inline style properties.
  window.__hardening.lit = {html, render, styleProps};
  window.__hardening.mounted = true;
  return hub;
}
