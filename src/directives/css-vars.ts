/**
 * Sets CSS custom properties on an element. In the browser it always goes
 * through the CSSOM (`style.setProperty`), never the `style` attribute, so it
 * works under a Content-Security-Policy without 'unsafe-inline' (Lit's
 * `styleMap` writes the attribute on first render). On the server it renders
 * the attribute, which is all HTML can carry.
 */
import { isServer, noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

type Vars = Record<string, string | undefined>;

class CssVars extends Directive {
  private names: string[] = [];

  // Only the server calls render: in the browser `update` below never does.
  render(vars: Vars): string {
    if (!isServer) return '';
    return Object.keys(vars)
      .filter((name) => vars[name] !== undefined)
      .map((name) => `${name}:${vars[name]}`)
      .join(';');
  }

  override update(part: AttributePart, [vars]: [Vars]) {
    const { style } = part.element as HTMLElement;
    for (const name of this.names) if (vars[name] === undefined) style.removeProperty(name);
    this.names = Object.keys(vars).filter((name) => vars[name] !== undefined);
    for (const name of this.names) style.setProperty(name, vars[name]!);
    return noChange;
  }
}

export const cssVars = directive(CssVars);
