import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {HubElement} from '../../packages/widgets/src/internal/hub-element.ts';
import {DataTable, PAGE_SIZE, dataTableStyles, nameCell, numberColumn, textColumn, type Column} from '../../packages/widgets/src/internal/data-table.ts';
import {stateStyles} from '../../packages/widgets/src/internal/states.ts';
import {parseCsv} from '../helpers/parse-csv.ts';
import {$, text} from '../helpers/shadow.ts';

interface Row {
  name: string;
  count: number | null;
  note: string;
}

const COLUMNS: Column<Row>[] = [
  textColumn<Row>('name', 'Name', (row) => row.name, (row) => nameCell(row.name)),
  numberColumn<Row>('count', 'Count', (row) => row.count, (value) => (value === null ? '—' : String(value))),
  {id: 'note', header: 'Note', cell: (row) => row.note, csv: [{header: 'Note', value: (row) => row.note}]},
];

/** A minimal element around the table helper, the way the kit's elements use it. */
class TestDataTable extends HubElement {
  static override styles = [...HubElement.styles, stateStyles, ...dataTableStyles];
  static override properties = {rows: {attribute: false}};
  rows: Row[] = [];
  readonly table = new DataTable<Row>(this, () => this.format);

  protected override render() {
    return this.table.render({caption: 'Test rows', columns: COLUMNS, rows: this.rows, empty: 'Nothing to show.', fileName: 'test-rows'});
  }
}
customElements.define('test-data-table', TestDataTable);

async function mount(rows: Row[], lang = 'en'): Promise<TestDataTable> {
  const el = await fixture<TestDataTable>(html`<test-data-table lang=${lang} .rows=${rows}></test-data-table>`);
  await el.updateComplete;
  return el;
}

function column(el: TestDataTable, index: number): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => text(tr.children[index]));
}

function header(el: TestDataTable, name: string): HTMLTableCellElement {
  return [...el.shadowRoot!.querySelectorAll('th')].find((th) => text(th) === name)!;
}

async function clickHeader(el: TestDataTable, name: string): Promise<void> {
  header(el, name).querySelector('button')!.click();
  await el.updateComplete;
}

const SMALL: Row[] = [
  {name: 'beta', count: 10, note: 'x'},
  {name: 'Älpha', count: null, note: 'y'},
  {name: 'alpha', count: 9, note: 'z'},
  {name: 'Gamma', count: 100, note: 'w'},
  {name: 'delta', count: null, note: 'v'},
];

function manyRows(count: number): Row[] {
  return Array.from({length: count}, (_, index) => ({name: `Customer ${String(index + 1).padStart(3, '0')}`, count: index + 1, note: ''}));
}

describe('DataTable', () => {
  describe('sorting', () => {
    it('keeps the given order and sets no aria-sort until a header is used', async () => {
      const el = await mount(SMALL);
      expect(column(el, 0)).to.deep.equal(['beta', 'Älpha', 'alpha', 'Gamma', 'delta']);
      expect(el.shadowRoot!.querySelectorAll('[aria-sort]').length).to.equal(0);
    });

    it('sorts numbers as numbers, ascending then descending, with empty values last both ways', async () => {
      const el = await mount(SMALL);
      await clickHeader(el, 'Count');
      expect(header(el, 'Count').getAttribute('aria-sort')).to.equal('ascending');
      expect(column(el, 1)).to.deep.equal(['9', '10', '100', '—', '—']);
      // Ties (the two nulls) keep their original order.
      expect(column(el, 0)).to.deep.equal(['alpha', 'beta', 'Gamma', 'Älpha', 'delta']);
      await clickHeader(el, 'Count');
      expect(header(el, 'Count').getAttribute('aria-sort')).to.equal('descending');
      expect(column(el, 1)).to.deep.equal(['100', '10', '9', '—', '—']);
      expect(header(el, 'Name').hasAttribute('aria-sort')).to.equal(false);
    });

    it('sorts text with the locale collation (case and accents are not byte order)', async () => {
      const el = await mount(SMALL, 'de');
      await clickHeader(el, 'Name');
      expect(header(el, 'Name').getAttribute('aria-sort')).to.equal('ascending');
      expect(column(el, 0)).to.deep.equal(['alpha', 'Älpha', 'beta', 'delta', 'Gamma']);
      await clickHeader(el, 'Name');
      expect(column(el, 0)).to.deep.equal(['Gamma', 'delta', 'beta', 'Älpha', 'alpha']);
    });

    it('sorts from the keyboard with Enter and Space on the header button', async () => {
      const el = await mount(SMALL);
      header(el, 'Count').querySelector('button')!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(header(el, 'Count').getAttribute('aria-sort')).to.equal('ascending');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(header(el, 'Count').getAttribute('aria-sort')).to.equal('descending');
    });

    it('has no sort button on a column without a sort value', async () => {
      const el = await mount(SMALL);
      expect(header(el, 'Note').querySelector('button') === null).to.equal(true);
    });
  });

  describe('paging', () => {
    it(`renders ${PAGE_SIZE} rows per page with Previous / Next and the range`, async () => {
      const el = await mount(manyRows(60));
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(PAGE_SIZE);
      expect(text($(el, '.range'))).to.equal('1–25 of 60');
      expect($(el, '[part="previous"]')!.getAttribute('aria-disabled')).to.equal('true');
      $(el, '[part="previous"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('1–25 of 60');

      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('26–50 of 60');
      expect(column(el, 0)[0]).to.equal('Customer 026');
      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('51–60 of 60');
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(10);
      expect($(el, '[part="next"]')!.getAttribute('aria-disabled')).to.equal('true');
      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('51–60 of 60');
    });

    it('formats the range for the locale and goes back to the first page on a new sort', async () => {
      const el = await mount(manyRows(1_234), 'de');
      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('26–50 von 1.234');
      await clickHeader(el, 'Count');
      await clickHeader(el, 'Count');
      expect(text($(el, '.range'))).to.equal('1–25 von 1.234');
      expect(column(el, 1)[0]).to.equal('1234');
    });

    it('shows no paging buttons for one page, and no more rows than the page holds at any size', async () => {
      const small = await mount(manyRows(3));
      expect($(small, '[part="next"]') === null).to.equal(true);
      expect(text($(small, '.range'))).to.equal('1–3 of 3');
      const large = await mount(manyRows(5_000));
      expect(large.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(PAGE_SIZE);
    });

    it('stays on a valid page when the rows shrink', async () => {
      const el = await mount(manyRows(60));
      $(el, '[part="next"]')!.click();
      $(el, '[part="next"]')!.click();
      await el.updateComplete;
      el.rows = manyRows(30);
      await el.updateComplete;
      expect(text($(el, '.range'))).to.equal('26–30 of 30');
    });
  });

  describe('CSV export', () => {
    const HOSTILE: Row[] = [
      {name: 'Comma, Inc.', count: 3, note: 'say "hi"'},
      {name: '=HYPERLINK("http://evil")', count: -2, note: 'line\nbreak'},
      {name: '+plus', count: null, note: '@at'},
      {name: '-minus', count: 1, note: 'plain'},
    ];

    it('exports every row in the current sort order, all pages, with a BOM and CRLF', async () => {
      const el = await mount(manyRows(60));
      await clickHeader(el, 'Count');
      await clickHeader(el, 'Count');
      const csv = el.table.csv(el.rows, COLUMNS);
      expect(csv.startsWith('\uFEFF')).to.equal(true);
      expect(csv.endsWith('\r\n')).to.equal(true);
      const lines = parseCsv(csv.slice(1));
      expect(lines[0]).to.deep.equal(['Name', 'Count', 'Note']);
      expect(lines.length).to.equal(61);
      expect(lines.slice(1).map((line) => line[1])).to.deep.equal(manyRows(60).map((row) => String(row.count)).reverse());
    });

    it('quotes commas, quotes and line breaks, neutralises formulas and leaves numbers alone', async () => {
      const el = await mount(HOSTILE);
      const lines = parseCsv(el.table.csv(el.rows, COLUMNS).slice(1));
      expect(lines.slice(1)).to.deep.equal([
        ['Comma, Inc.', '3', 'say "hi"'],
        ["'=HYPERLINK(\"http://evil\")", '-2', 'line\nbreak'],
        ["'+plus", '', "'@at"],
        ["'-minus", '1', 'plain'],
      ]);
      expect(el.table.csv(el.rows, COLUMNS)).to.contain('"say ""hi"""');
    });

    it('downloads the same CSV from the Export CSV button', async () => {
      const el = await mount(SMALL);
      await clickHeader(el, 'Name');
      let link: HTMLAnchorElement | undefined;
      const capture = (event: Event) => {
        if (event.target instanceof HTMLAnchorElement) {
          link = event.target;
          event.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', capture, true);
      $(el, '[part="export"]')!.click();
      el.shadowRoot!.removeEventListener('click', capture, true);
      expect(link !== undefined, 'a download link was clicked').to.equal(true);
      expect(/^test-rows-\d{4}-\d{2}-\d{2}\.csv$/.test(link!.download), link!.download).to.equal(true);
      const downloaded = await (await fetch(link!.href)).text();
      // fetch().text() drops the BOM when decoding; compare without it.
      expect(downloaded).to.equal(el.table.csv(el.rows, COLUMNS).slice(1));
    });
  });

  describe('rendering', () => {
    it('shows the empty message instead of a table', async () => {
      const el = await mount([]);
      expect(text($(el, '[part="empty"]'))).to.equal('Nothing to show.');
      expect($(el, 'table') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('renders names as text, cut with the full name in a title', async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      const long = 'A very long customer name that goes on and on and on, far beyond what one table column should show';
      const el = await mount([
        {name: hostile, count: 1, note: '<b>bold</b>'},
        {name: long, count: 2, note: ''},
      ]);
      expect(el.shadowRoot!.querySelector('img, b') === null).to.equal(true);
      const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.cut')];
      expect(names.map((name) => name.textContent)).to.deep.equal([hostile, long]);
      expect(names.map((name) => name.title)).to.deep.equal([hostile, long]);
      expect(getComputedStyle(names[1]!).textOverflow).to.equal('ellipsis');
    });

    it('has a caption and is accessible with paging', async () => {
      const el = await mount(manyRows(60));
      expect(text($(el, 'caption'))).to.equal('Test rows');
      await clickHeader(el, 'Name');
      await expect(el).to.be.accessible();
    });
  });
});
