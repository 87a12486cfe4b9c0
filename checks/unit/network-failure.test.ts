import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeNetworkFailure, isUnreachable, networkErrorCode } from '../../helpers/network.ts';

const fetchError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
const socketError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });

it('reads the socket error code where fetch and Node clients put it', () => {
  assert.equal(networkErrorCode(fetchError('ECONNREFUSED')), 'ECONNREFUSED');
  assert.equal(networkErrorCode(socketError('ENOTFOUND')), 'ENOTFOUND');
  assert.equal(networkErrorCode(new Error('HTTP 500')), undefined);
});

it('tells unreachable from answered', () => {
  assert.equal(isUnreachable(fetchError('ECONNREFUSED')), true);
  assert.equal(isUnreachable(socketError('EHOSTUNREACH')), true);
  assert.equal(isUnreachable(Object.assign(new Error('Unauthorized'), { status: 401 })), false);
});

it('says what happened in words, naming the deadline that ran out', () => {
  assert.equal(describeNetworkFailure(fetchError('ECONNREFUSED'), 5_000), 'connection refused (nothing listens there)');
  assert.equal(describeNetworkFailure(socketError('EAI_AGAIN'), 5_000), 'the host name does not resolve');
  assert.equal(describeNetworkFailure(Object.assign(new Error('x'), { name: 'TimeoutError' }), 10_000), 'no answer within 10 s');
  assert.equal(describeNetworkFailure(fetchError('DEPTH_ZERO_SELF_SIGNED_CERT'), 5_000), 'its TLS certificate is not trusted (DEPTH_ZERO_SELF_SIGNED_CERT)');
  assert.equal(describeNetworkFailure(new Error('something else'), 5_000), 'something else');
});
