/** WCAG contrast in the browser, for the usability tests (not a test itself). */
import type { Locator } from '@playwright/test';

/**
 * The contrast ratio between an element's `property` colour (its text `color`, or a border)
 * and the background behind it: its own for text, the nearest painted one of its ancestors for
 * a border, which marks the element off from what surrounds it. Colours go through a canvas, so
 * any CSS colour syntax (Tailwind writes oklch) is measured as the screen shows it.
 */
export function contrast(locator: Locator, property: 'color' | 'borderTopColor'): Promise<number> {
  return locator.evaluate((element, property) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return Array.from(context.getImageData(0, 0, 1, 1).data);
    };
    const luminance = (color: string) => {
      const [r, g, b] = rgba(color).map((channel) => channel / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let behind: Element | null = property === 'color' ? element : element.parentElement;
    while (behind && rgba(getComputedStyle(behind).backgroundColor)[3] === 0) behind = behind.parentElement;
    const [a, b] = [luminance(getComputedStyle(element)[property]), luminance(behind ? getComputedStyle(behind).backgroundColor : 'white')];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }, property);
}
