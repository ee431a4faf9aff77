/*
 * Action tracker tables: filter rows by typing, and sort by any column. A progressive enhancement:
 * the table is complete without this script, and every view (status, owner, theme, committee) is
 * also a page of its own. Words come from the table's data- attributes, written from messages.yaml.
 */
(function () {
  'use strict';

  function cellValue(row, column) {
    var cell = row.cells[column];
    return cell ? (cell.getAttribute('data-sort') || cell.textContent).trim() : '';
  }

  function compare(a, b) {
    var numberA = Number(a);
    var numberB = Number(b);
    if (a !== '' && b !== '' && !isNaN(numberA) && !isNaN(numberB)) {
      return numberA - numberB;
    }
    return a.localeCompare(b, document.documentElement.lang || undefined, { numeric: true, sensitivity: 'base' });
  }

  function enhance(table, number) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var headers = table.tHead.rows[0].cells;

    var controls = document.createElement('div');
    controls.className = 'table-filter';
    var id = 'action-filter-' + number;
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = table.getAttribute('data-filter-label');
    var hint = document.createElement('p');
    hint.id = id + '-hint';
    hint.className = 'hint';
    hint.textContent = table.getAttribute('data-filter-hint');
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    input.setAttribute('aria-describedby', hint.id);
    input.autocomplete = 'off';
    var status = document.createElement('p');
    status.setAttribute('role', 'status');
    status.className = 'table-filter__count';
    controls.appendChild(label);
    controls.appendChild(hint);
    controls.appendChild(input);
    controls.appendChild(status);
    var container = table.parentNode.classList.contains('table-container') ? table.parentNode : table;
    container.parentNode.insertBefore(controls, container);

    function count(shown) {
      status.textContent = table.getAttribute('data-shown')
        .replace('{shown}', shown).replace('{total}', rows.length);
    }

    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) !== -1; });
        row.hidden = !match;
        if (match) { shown++; }
      });
      count(shown);
    });

    Array.prototype.forEach.call(headers, function (header, column) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        rows.sort(function (a, b) {
          var order = compare(cellValue(a, column), cellValue(b, column));
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  var tables = document.querySelectorAll('table[data-action-table]');
  Array.prototype.forEach.call(tables, enhance);
}());
