/**
 * Inline style properties from data (geometry, tag colours), set one by one through CSSOM: a
 * strict Content-Security-Policy allows that, where it blocks a `style` attribute. Like lit's
 * `styleMap` for bindings that always name the same properties (CSS names: `width`,
 * `inset-inline-start`, `--_tag-color`), at a third of its size; an undefined value removes one.
 */
import {noChange} from 'lit';
import {Directive, directive, type AttributePart} from 'lit/directive.js';

type StyleProps = Record<string, string | undefined>;

class StylePropsDirective extends Directive {
  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    for (const name in props) part.element.style.setProperty(name, props[name] ?? null);
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
