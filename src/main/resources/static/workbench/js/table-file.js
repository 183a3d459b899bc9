// A decision table file (*.drl.csv) as the grid shows it: the column titles in words and the rows of
// values. Everything else in the file (package, imports, notes, the Java templates of the columns) is
// kept exactly as it was and written back unchanged. CSV is read and written by Papa Parse.
(function () {
  function parseLine(line) {
    if (line.trim() === '') return [];
    return Papa.parse(line, { delimiter: ',' }).data[0] || [];
  }

  /**
   * Reads the first RuleTable of the file: {before, kinds, titles, rows, after, firstRowLine} where
   * before/after are the raw lines around the rows, and firstRowLine the 1-based line of the first row.
   * Answers null when the file has no RuleTable the grid can show (edit it as text then).
   */
  function read(text) {
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const lines = text.split(/\r?\n/);
    const start = lines.findIndex(l => /^"?RuleTable\b/.test(l));
    if (start < 0 || start + 4 >= lines.length) return null;
    const kinds = parseLine(lines[start + 1]);
    const titles = parseLine(lines[start + 4]);
    if (!kinds.includes('CONDITION') && !kinds.includes('ACTION')) return null;
    const first = start + 5;
    let end = first;
    while (end < lines.length && parseLine(lines[end]).some(cell => cell.trim() !== '') && !/^"?RuleTable\b/.test(lines[end])) end++;
    const width = Math.max(kinds.length, titles.length);
    const rows = lines.slice(first, end).map(l => {
      const cells = parseLine(l);
      while (cells.length < width) cells.push('');
      return cells.slice(0, width);
    });
    return { eol, before: lines.slice(0, first), kinds: pad(kinds, width), titles: pad(titles, width), rows,
      after: lines.slice(end), firstRowLine: first + 1 };
  }

  function pad(cells, width) {
    const copy = cells.slice(0, width);
    while (copy.length < width) copy.push('');
    return copy;
  }

  /** The file's text with these rows in place of the table's rows. */
  function write(table, rows) {
    const lines = rows.map(cells => Papa.unparse([cells], { quotes: false, newline: table.eol }));
    return table.before.concat(lines, table.after).join(table.eol);
  }

  WB.tableFile = { read, write };
})();
