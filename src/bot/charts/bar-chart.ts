import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

// Vazirmatn (OFL) from the npm registry: Persian needs a font with its letters and shaping.
const fontDir = join(dirname(createRequire(import.meta.url).resolve("vazirmatn/package.json")), "fonts", "ttf");
const FONTS = [join(fontDir, "Vazirmatn-Regular.ttf"), join(fontDir, "Vazirmatn-Bold.ttf")];

export interface BarChart {
  title: string;
  bars: { label: string; value: number; shown: string }[];
  /** Labels on the right and bars growing leftwards, as a Persian reader expects. */
  rtl: boolean;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A horizontal bar chart as an SVG document (one bar per row, its value at its end). */
export function barChartSvg(chart: BarChart): string {
  const width = 800;
  const row = 36;
  const top = 70;
  const height = top + chart.bars.length * row + 20;
  const labelWidth = 230;
  const barSpace = width - labelWidth - 110;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const rows = chart.bars.map((b, i) => {
    const y = top + i * row;
    const length = Math.max(2, Math.round((b.value / max) * barSpace));
    const labelX = chart.rtl ? width - 20 : 20;
    const barX = chart.rtl ? width - 20 - labelWidth - length : 20 + labelWidth;
    const valueX = chart.rtl ? barX - 8 : barX + length + 8;
    return [
      `<text x="${labelX}" y="${y + 22}" font-size="18" text-anchor="${chart.rtl ? "end" : "start"}" direction="${chart.rtl ? "rtl" : "ltr"}">${escape(b.label)}</text>`,
      `<rect x="${barX}" y="${y + 6}" width="${length}" height="${row - 12}" rx="4" fill="#2e7d32"/>`,
      `<text x="${valueX}" y="${y + 22}" font-size="16" fill="#333" text-anchor="${chart.rtl ? "end" : "start"}">${escape(b.shown)}</text>`,
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="Vazirmatn">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="${chart.rtl ? width - 20 : 20}" y="42" font-size="24" font-weight="bold" text-anchor="${chart.rtl ? "end" : "start"}" direction="${chart.rtl ? "rtl" : "ltr"}">${escape(chart.title)}</text>
${rows.join("\n")}
</svg>`;
}

/** The chart as a PNG, rendered by resvg (prebuilt per platform in its npm packages; nothing is downloaded). */
export function renderBarChart(chart: BarChart): Buffer {
  const resvg = new Resvg(barChartSvg(chart), {
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Vazirmatn" },
    fitTo: { mode: "original" },
  });
  return Buffer.from(resvg.render().asPng());
}
