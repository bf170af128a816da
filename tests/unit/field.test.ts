import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Field, TextField, fieldControl } from '../../renderer/components/Field';

const noop = () => undefined;

describe('a form field with its message at the field', () => {
  it('ties the control to its Swedish message only while the input is wrong', () => {
    expect(fieldControl('f-name', 'Skriv ett namn.')).toEqual({
      id: 'f-name',
      'aria-invalid': true,
      'aria-describedby': 'f-name-error',
    });
    expect(fieldControl('f-name', null)).toEqual({ id: 'f-name', 'aria-invalid': undefined, 'aria-describedby': undefined });
    expect(fieldControl('f-name', '')).toEqual({ id: 'f-name', 'aria-invalid': undefined, 'aria-describedby': undefined });
  });

  it('shows the label, the hint inside it, and the message under the input', () => {
    const html = renderToStaticMarkup(
      createElement(TextField, { id: 'b-short', label: 'Kortnamn', hint: '(till exempel PSN)', value: 'P', error: 'Kortnamnet är för långt.', onChange: noop }),
    );
    expect(html).toBe(
      '<div class="form-field"><label for="b-short" class="field-label">Kortnamn <span class="field-hint">(till exempel PSN)</span></label>' +
        '<input class="field-input" autoComplete="off" id="b-short" aria-invalid="true" aria-describedby="b-short-error" value="P"/>' +
        '<p id="b-short-error" class="field-error">Kortnamnet är för långt.</p></div>',
    );
  });

  it('says nothing and marks nothing while the input is fine', () => {
    const html = renderToStaticMarkup(createElement(TextField, { id: 'b-name', label: 'Namn', value: '', error: null, onChange: noop }));
    expect(html).not.toContain('aria-invalid');
    expect(html).not.toContain('aria-describedby');
    expect(html).not.toContain('field-error');
  });

  it('reads a message out at once where asked, around any control', () => {
    const html = renderToStaticMarkup(
      createElement(Field, {
        id: 'p-item',
        label: 'Punkt',
        error: 'Välj vilken punkt gästen kommer till.',
        alert: true,
        className: 'form-field field-item',
        children: (control) => createElement('select', { ...control, className: 'field-input' }),
      }),
    );
    expect(html).toContain('<div class="form-field field-item">');
    expect(html).toContain('<select id="p-item" aria-invalid="true" aria-describedby="p-item-error" class="field-input"></select>');
    expect(html).toContain('<p id="p-item-error" class="field-error" role="alert">Välj vilken punkt gästen kommer till.</p>');
  });
});
