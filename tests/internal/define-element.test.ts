import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/internal/define-element.js';

let counter = 0;
const uniqueTag = (): string => `sabba-define-test-${String(++counter)}`;

describe('defineElement', () => {
  afterEach(() => {
    sinon.restore();
  });

  it('defines a new tag', () => {
    const tag = uniqueTag();
    class First extends HTMLElement {}
    defineElement(tag, First);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first definition and warns, naming both versions, when a second copy arrives', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = uniqueTag();
    class First extends HTMLElement {
      static version = '0.1.0';
    }
    class Second extends HTMLElement {
      static version = '0.2.0';
    }
    defineElement(tag, First);
    expect(() => {
      defineElement(tag, Second);
    }).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warn.calledOnce).to.equal(true);
    const message = String(warn.firstCall.args[0]);
    expect(message).to.contain(`<${tag}>`);
    expect(message).to.contain('0.1.0');
    expect(message).to.contain('0.2.0');
  });

  it('is silent when the same class is registered again', () => {
    const warn = sinon.stub(console, 'warn');
    const tag = uniqueTag();
    class Only extends HTMLElement {}
    defineElement(tag, Only);
    defineElement(tag, Only);
    expect(warn.called).to.equal(false);
  });
});
