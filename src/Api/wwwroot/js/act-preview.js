// The act's HTML preview, isolated from the page: the renderer's <article class="act"> is placed in a
// shadow root with the renderer's own stylesheet (/css/act.css), so neither the page's styles reach
// the act nor the act's the page. The sheet keeps its A4 measures and is scaled to the pane's width,
// so that lines break as they will on paper.

const SHEET_WIDTH_MM = 210;
const PX_PER_MM = 96 / 25.4;

export class ActPreview {
  constructor(host) {
    this.host = host;
    this.root = host.attachShadow({ mode: 'open' });
    const sheet = document.createElement('link');
    sheet.rel = 'stylesheet';
    sheet.href = '/css/act.css';
    const own = document.createElement('link');
    own.rel = 'stylesheet';
    own.href = '/css/preview.css';
    this.frame = document.createElement('div');
    this.frame.className = 'frame';
    this.root.append(sheet, own, this.frame);
    new ResizeObserver(() => this.fit()).observe(host);
  }

  /** Shows the act from a page the render or preview endpoint answered (format=html). */
  show(html) {
    // Only the article is taken: the page's own <style> would be an inline style, which the policy refuses.
    const start = html.indexOf('<article');
    const end = html.lastIndexOf('</article>');
    const template = document.createElement('template');
    template.innerHTML = start >= 0 && end > start ? html.slice(start, end + '</article>'.length) : '';
    this.frame.replaceChildren(template.content);
    this.fit();
  }

  clear() { this.frame.replaceChildren(); }

  /** The preview's text, for tests and screen readers that look inside. */
  get text() { return this.frame.textContent; }

  fit() {
    const width = this.host.clientWidth;
    if (!width) return;
    const zoom = Math.max(0.45, Math.min(1, width / (SHEET_WIDTH_MM * PX_PER_MM + 16)));
    this.frame.style.zoom = String(zoom);
  }
}
