import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, isWeekday, MONTH_NAME, monthNumber, pad2 } from './calendar.ts';

test('month names and ISO dates', () => {
  assert.deepEqual(['Jan', 'Sept.', 'september', 'DECEMBER', 'May'].map(monthNumber), [1, 9, 9, 12, 5]);
  assert.equal(monthNumber('Smarch'), 0);
  assert.ok(new RegExp(`^${MONTH_NAME}$`, 'i').test('Oct'));
  assert.ok(!new RegExp(`^${MONTH_NAME}$`, 'i').test('Octopus'));
  assert.equal(pad2(3), '03');
  assert.deepEqual([isoDate(2021), isoDate(2021, 6), isoDate(2021, 6, 9)], ['2021', '2021-06', '2021-06-09']);
});

test('weekday names', () => {
  assert.deepEqual(['Monday', 'saturday', 'Mon', 'Sundays'].map(isWeekday), [true, true, false, false]);
});
