/**
 * Reduced motion for the Sign-In Widget. Playwright asks pages for reduced motion
 * (`reducedMotion: 'reduce'`), but Sign-In Widget 7 ignores that preference: its views slide in with
 * CSS transitions (the header's and the content's padding, ~300 ms) and fade with its own copy of
 * jQuery, and every click on a moving view waits until it stops ("element is not stable", ~400 ms a
 * click). Inside the widget's container only, transitions and animations are cut to 1 ms (they still
 * run and still end with `transitionend`/`animationend`, so nothing waiting for them hangs), and the
 * widget's jQuery (`window.jQueryCourage`) has its effects switched off, so they jump to their end
 * state. What the widget shows, offers and sends is unchanged; pages without the widget are untouched.
 */
import type { BrowserContext } from '@playwright/test';

/** Runs in every page before its scripts. */
function widgetMotionOff(): void {
  const css =
    '#okta-sign-in, #okta-sign-in * { transition-duration: 1ms !important; transition-delay: 0s !important; ' +
    'animation-duration: 1ms !important; animation-delay: 0s !important; }';
  const addStyle = () => {
    const root = document.documentElement;
    if (!root) return false;
    const style = document.createElement('style');
    style.textContent = css;
    root.appendChild(style);
    return true;
  };
  if (!addStyle()) {
    const observer = new MutationObserver(() => {
      if (addStyle()) observer.disconnect();
    });
    observer.observe(document, { childList: true });
  }
  let jquery: unknown;
  Object.defineProperty(window, 'jQueryCourage', {
    configurable: true,
    enumerable: true,
    get: () => jquery,
    set: (value: { fx?: { off?: boolean } } | undefined) => {
      jquery = value;
      if (value?.fx) value.fx.off = true;
    },
  });
}

export async function reduceWidgetMotion(context: BrowserContext): Promise<void> {
  await context.addInitScript(widgetMotionOff);
}
