import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { createSafeStorage } from '../../src/internal/storage.js';

describe('createSafeStorage', () => {
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem('sabba-test');
  });

  it('stores and reads strings and JSON in localStorage', () => {
    const storage = createSafeStorage();
    expect(storage.set('sabba-test', 'teks')).to.equal(true);
    expect(localStorage.getItem('sabba-test')).to.equal('teks');
    storage.setJSON('sabba-test', { nama: 'Sari', emoji: '🙂' });
    expect(storage.getJSON('sabba-test')).to.deep.equal({ nama: 'Sari', emoji: '🙂' });
    storage.remove('sabba-test');
    expect(localStorage.getItem('sabba-test')).to.equal(null);
  });

  it('expires JSON values after their maximum age', () => {
    let now = 1_000;
    const storage = createSafeStorage('local', () => now);
    storage.setJSON('sabba-test', 'dismissed', 500);
    expect(storage.getJSON('sabba-test')).to.equal('dismissed');
    now = 1_500;
    expect(storage.getJSON('sabba-test')).to.equal(undefined);
    expect(localStorage.getItem('sabba-test')).to.equal(null);
  });

  it('purges expired values under a prefix, in storage and in the memory fallback', () => {
    let now = 1_000;
    const storage = createSafeStorage('local', () => now);
    storage.setJSON('sabba-test', 'soon', 500);
    storage.setJSON('sabba-test-later', 'later', 5_000);
    storage.setJSON('sabba-test-forever', 'forever');
    localStorage.setItem('sabba-test-foreign', '{not json');
    localStorage.setItem('other-test', JSON.stringify({ v: 'not ours', e: 0 }));
    now = 2_000;
    storage.purgeExpired('sabba-test');
    expect(localStorage.getItem('sabba-test')).to.equal(null);
    expect(storage.getJSON('sabba-test-later')).to.equal('later');
    expect(storage.getJSON('sabba-test-forever')).to.equal('forever');
    expect(localStorage.getItem('sabba-test-foreign')).to.equal('{not json');
    expect(localStorage.getItem('other-test'), 'outside the prefix').to.not.equal(null);
    for (const key of ['sabba-test-later', 'sabba-test-forever', 'sabba-test-foreign', 'other-test'])
      localStorage.removeItem(key);

    const memoryOnly = createSafeStorage('local', () => now);
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('Quota', 'QuotaExceededError'));
    memoryOnly.setJSON('sabba-test', 'kept in memory', 500);
    now = 3_000;
    memoryOnly.purgeExpired('sabba-test');
    expect(memoryOnly.get('sabba-test')).to.equal(null);
  });

  it('ignores values that are not its own JSON', () => {
    localStorage.setItem('sabba-test', '{not json');
    expect(createSafeStorage().getJSON('sabba-test')).to.equal(undefined);
    localStorage.setItem('sabba-test', '"a bare string"');
    expect(createSafeStorage().getJSON('sabba-test')).to.equal(undefined);
  });

  it('keeps values for the page view when every storage call throws', () => {
    const denied = new DOMException('The operation is insecure.', 'SecurityError');
    sinon.stub(Storage.prototype, 'getItem').throws(denied);
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('Quota', 'QuotaExceededError'));
    sinon.stub(Storage.prototype, 'removeItem').throws(denied);
    const storage = createSafeStorage();
    expect(storage.set('sabba-test', 'draf')).to.equal(false);
    expect(storage.get('sabba-test')).to.equal('draf');
    expect(storage.setJSON('sabba-test', [1, 2])).to.equal(false);
    expect(storage.getJSON('sabba-test')).to.deep.equal([1, 2]);
    expect(() => {
      storage.remove('sabba-test');
    }).not.to.throw();
    expect(storage.get('sabba-test')).to.equal(null);
  });

  it('survives a page where reading localStorage itself throws (sandboxed iframe)', () => {
    sinon.stub(window, 'localStorage').get(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const storage = createSafeStorage();
    expect(storage.set('sabba-test', 'x')).to.equal(false);
    expect(storage.get('sabba-test')).to.equal('x');
  });

  it('uses sessionStorage when asked', () => {
    const storage = createSafeStorage('session');
    storage.set('sabba-test', 'sesi');
    expect(sessionStorage.getItem('sabba-test')).to.equal('sesi');
    sessionStorage.removeItem('sabba-test');
  });
});
