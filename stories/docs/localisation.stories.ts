/**
 * The live examples of the Localisation page (Docs/Localisation): not in the sidebar, shown there.
 * Presentational elements only (no provider), each with its own `lang`.
 */
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../../packages/widgets/src/data-freshness/define.ts';
import '../../packages/widgets/src/license-bar/define.ts';

/** The six UI languages, then tags the kit formats for without its own messages. */
const EXAMPLES: {lang: string; note: string; noteLang?: string}[] = [
  {lang: 'en', note: 'English', noteLang: 'en'},
  {lang: 'de', note: 'Deutsch', noteLang: 'de'},
  {lang: 'fr', note: 'Français', noteLang: 'fr'},
  {lang: 'sv', note: 'Svenska', noteLang: 'sv'},
  {lang: 'ja', note: '日本語', noteLang: 'ja'},
  {lang: 'sr', note: 'Srpski (latinica)', noteLang: 'sr-Latn'},
  {lang: 'de-CH', note: 'German messages, Swiss formats'},
  {lang: 'pt-BR', note: 'No Portuguese messages: English, with Brazilian formats'},
];

const DATA_AS_OF = '2026-06-13T23:59:59Z';

const meta: Meta = {
  title: 'Docs/Localisation examples',
  tags: ['!dev', '!autodocs'],
  parameters: {layout: 'padded'},
};
export default meta;

type Story = StoryObj;

/** The same two elements in each language: messages from the catalogue, numbers and dates from Intl. */
export const Languages: Story = {
  render: () => html`<table style="border-collapse: collapse; width: 100%">
    <thead>
      <tr>
        <th scope="col" style="text-align: start; padding: 4px 8px">lang</th>
        <th scope="col" style="text-align: start; padding: 4px 8px">&lt;data-freshness&gt;</th>
        <th scope="col" style="text-align: start; padding: 4px 8px; min-width: 14rem">&lt;license-bar&gt;</th>
      </tr>
    </thead>
    <tbody>
      ${EXAMPLES.map(
        ({lang, note, noteLang}) => html`<tr style="border-top: 1px solid var(--ph-color-border)">
          <th scope="row" style="text-align: start; padding: 8px; font-weight: 400">
            <code>${lang}</code><br /><small lang=${noteLang ?? nothing}>${note}</small>
          </th>
          <td style="padding: 8px"><data-freshness lang=${lang} data-as-of=${DATA_AS_OF}></data-freshness></td>
          <td style="padding: 8px"><license-bar lang=${lang} total="48000" assigned="45210" used="39876"></license-bar></td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

function bar(lang?: string) {
  // A property binding: an invalid tag as an attribute would also (rightly) fail axe's valid-lang.
  return html`<license-bar .lang=${lang} total="50" assigned="38" used="21"></license-bar>`;
}

/**
 * Where an element's language comes from: its own `lang`, else the nearest ancestor's (here a
 * `<div lang="fr">`), else `<html lang>`. The last one is given an invalid tag (as a property,
 * which an attribute would set the same way): it falls back to the next source, French.
 */
export const Resolution: Story = {
  render: () => html`<div lang="fr" style="display: grid; gap: 1rem; max-width: 32rem">
    <p lang="en" style="margin: 0">Inside <code>&lt;div lang="fr"&gt;</code>:</p>
    <div><small lang="en">No <code>lang</code> of its own: French, from the ancestor</small>${bar()}</div>
    <div><small lang="en">Its own <code>lang="ja"</code></small><license-bar lang="ja" total="50" assigned="38" used="21"></license-bar></div>
    <div><small lang="en">An invalid tag: French again</small>${bar('not a language!')}</div>
  </div>`,
};
