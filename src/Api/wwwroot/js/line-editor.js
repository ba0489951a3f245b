// A plain textarea with line numbers: a gutter beside it that follows its scrolling, marks the lines
// that have errors, and a way to put the cursor on a line and column. Lines do not wrap, so that each
// number stands beside its line. Tab is left to move focus, as everywhere on the page.

export class LineEditor {
  /** @param {HTMLTextAreaElement} textarea inside a .code box; the gutter is added before it. */
  constructor(textarea) {
    this.textarea = textarea;
    this.textarea.wrap = 'off';
    this.textarea.spellcheck = false;
    this.gutter = document.createElement('div');
    this.gutter.className = 'gutter';
    this.gutter.setAttribute('aria-hidden', 'true');
    this.lines = document.createElement('div');
    this.lines.className = 'gutter-lines';
    this.gutter.append(this.lines);
    textarea.before(this.gutter);
    this.marked = new Map();
    this.count = 0;
    textarea.addEventListener('input', () => this.update());
    textarea.addEventListener('scroll', () => this.sync());
    this.update();
  }

  get value() { return this.textarea.value; }

  set value(text) {
    this.textarea.value = text;
    this.textarea.scrollTop = 0;
    this.update();
  }

  update() {
    const count = this.textarea.value.split('\n').length;
    if (count !== this.count) {
      const numbers = [];
      for (let line = 1; line <= count; line++) {
        const number = document.createElement('div');
        number.textContent = String(line);
        numbers.push(number);
      }
      this.lines.replaceChildren(...numbers);
      this.count = count;
      this.gutter.style.minWidth = `${String(count).length + 2.5}ch`;
      this.paint();
    }
    this.sync();
  }

  sync() { this.lines.style.transform = `translateY(${-this.textarea.scrollTop}px)`; }

  /** Marks lines (1-based) with their messages; the marks show in the gutter. */
  mark(lines) {
    this.marked = new Map(lines);
    this.paint();
  }

  paint() {
    [...this.lines.children].forEach((number, index) => {
      const message = this.marked.get(index + 1);
      number.classList.toggle('error', message !== undefined);
      if (message === undefined) number.removeAttribute('title');
      else number.title = message;
    });
  }

  /** Puts the cursor on a line and column (1-based) and scrolls it into view. */
  goTo(line, column) {
    const lines = this.textarea.value.split('\n');
    const row = Math.min(Math.max(line, 1), lines.length) - 1;
    let offset = 0;
    for (let index = 0; index < row; index++) offset += lines[index].length + 1;
    offset += Math.min(Math.max(column, 1) - 1, lines[row].length);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    this.textarea.scrollTop = Math.max(0, row * lineHeight - this.textarea.clientHeight / 3);
    this.sync();
  }
}
