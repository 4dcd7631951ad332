/**
 * The host page's part for charts under Trusted Types, as README "Trusted Types" documents it: a
 * default policy that lets only empty markup through (echarts empties its container). It also
 * notes what it was asked, so the test sees that the charts did need it.
 */
import './recorder.ts';

(window as unknown as {trustedTypes: {createPolicy(name: string, rules: {createHTML(html: string): string}): unknown}}).trustedTypes.createPolicy(
  'default',
  {
    createHTML: (html) => {
      window.__hardening.defaultPolicyInputs.push(html);
      if (html === '') return html;
      throw new TypeError('Only empty markup is allowed');
    },
  },
);
