/** The loading / error / empty blocks every element shows the same way. */
import {msg} from '@lit/localize';
import {css, html, type TemplateResult} from 'lit';

export const stateStyles = css`
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ph-space-s);
    padding: var(--ph-space-l);
    color: var(--ph-color-text-muted);
  }
  .state--error {
    color: var(--ph-color-negative);
    background: var(--ph-color-negative-surface);
    border-radius: var(--ph-radius-s);
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: ph-spin 0.8s linear infinite;
  }
  @keyframes ph-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .button {
    font: inherit;
    padding: var(--ph-space-xs) var(--ph-space-m);
    border: 1px solid var(--ph-color-border-strong);
    border-radius: var(--ph-radius-s);
    background: var(--ph-color-surface);
    color: var(--ph-color-text);
    cursor: pointer;
  }
  .button:hover {
    background: var(--ph-color-surface-hover);
  }
  .button:focus-visible {
    outline: var(--ph-focus-ring);
    outline-offset: var(--ph-focus-ring-offset);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .spinner {
      border-color: CanvasText;
      border-right-color: transparent;
    }
  }
`;

export function renderLoading(label = msg('Loading…')): TemplateResult {
  return html`<div class="state state--loading" part="loading" role="status"><span class="spinner" aria-hidden="true"></span>${label}</div>`;
}

export function renderError(message: string, retry: () => void): TemplateResult {
  return html`<div class="state state--error" part="error" role="alert">
    <span>${message}</span>
    <button class="button" type="button" @click=${retry}>${msg('Retry')}</button>
  </div>`;
}

export function renderEmpty(message: string): TemplateResult {
  return html`<div class="state state--empty" part="empty">${message}</div>`;
}
