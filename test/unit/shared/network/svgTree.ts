// A small element tree of an SVG file for the tests, read with the app's safe XML reader (a parse error fails the
// test): elements with their attributes, children and text, and finding them by name and attribute.
import { readXml } from '../../../../shared/import/readXml.ts';

export type SvgElement = { name: string; attributes: Record<string, string>; children: SvgElement[]; text: string };

export const parseSvg = (svg: string): SvgElement => {
  const root: SvgElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: SvgElement[] = [root];
  readXml(svg, 'network.svg', {
    open: (name, attributes) => {
      const element: SvgElement = { name, attributes, children: [], text: '' };
      stack[stack.length - 1].children.push(element);
      stack.push(element);
    },
    close: () => {
      stack.pop();
    },
    text: (text) => {
      for (const element of stack) element.text += text;
    },
  });
  return root.children[0];
};

/** Every element below `from` (depth first) that has `name` and, when given, the attribute `attribute`. */
export const findAll = (from: SvgElement, name: string, attribute?: string): SvgElement[] => {
  const found: SvgElement[] = [];
  const visit = (element: SvgElement): void => {
    for (const child of element.children) {
      if (child.name === name && (attribute === undefined || child.attributes[attribute] !== undefined)) found.push(child);
      visit(child);
    }
  };
  visit(from);
  return found;
};

export const findOne = (from: SvgElement, name: string, attribute: string, value: string): SvgElement | undefined =>
  findAll(from, name, attribute).find((element) => element.attributes[attribute] === value);
