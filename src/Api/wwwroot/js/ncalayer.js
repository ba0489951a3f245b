// NCALayer, the National Certification Centre's program on the signatory's own machine that holds his key
// and signs with it, spoken to as every Kazakh web system does: a WebSocket (wss://127.0.0.1:13579 unless
// the service is set otherwise). On connecting NCALayer greets with its version, {"result":{"version":"1.4"}};
// a request is {"module":"kz.gov.pki.knca.commonUtils","method":...,"args":[...]}, and its answer
// {"code":"200","responseObject":...} or {"code":"500","message":...}, "action.canceled" when the person
// closed the dialog without signing. The key never leaves his machine: the page sends bytes, gets a CMS.

const MODULE = 'kz.gov.pki.knca.commonUtils';

/**
 * Why NCALayer gave no signature: 'absent' (not running, or refused the connection), 'foreign' (another program
 * answers at its address: no version greeting, or not JSON), 'cancelled' (the person closed its dialog),
 * 'failed' (it answered an error; its own words are the detail).
 */
export class NcaLayerError extends Error {
  constructor(reason, detail) {
    super(detail || reason);
    this.reason = reason;
    this.detail = detail || '';
  }
}

/**
 * Has NCALayer sign bytes with a key the person chooses from a PKCS#12 file (a token's store works the same
 * way): a CAdES signature, detached (the CMS does not carry the bytes). Resolves with the CMS (base64 DER).
 * @param {string} url NCALayer's address.
 * @param {string} base64 The bytes to sign.
 */
export function createCAdESFromBase64(url, base64) {
  return call(url, 'createCAdESFromBase64', ['PKCS12', 'SIGNATURE', base64, false]);
}

function call(url, method, args) {
  return new Promise((resolve, reject) => {
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      reject(new NcaLayerError('absent', error.message));
      return;
    }
    let greeted = false;
    let settled = false;
    const settle = (done, value) => {
      if (settled) return;
      settled = true;
      done(value);
      socket.close();
    };
    // A connection refused, a certificate the browser does not accept, a program that closes on us: it is
    // not there to sign, which is all the person can act on.
    socket.onerror = () => settle(reject, new NcaLayerError('absent'));
    socket.onclose = () => settle(reject, new NcaLayerError('absent'));
    socket.onmessage = event => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        settle(reject, new NcaLayerError('foreign'));
        return;
      }
      if (!greeted) {
        if (!message?.result?.version) {
          settle(reject, new NcaLayerError('foreign'));
          return;
        }
        greeted = true;
        socket.send(JSON.stringify({ module: MODULE, method, args }));
        return;
      }
      if (message.code === '200' && typeof message.responseObject === 'string' && message.responseObject) {
        settle(resolve, message.responseObject);
      } else if (message.message === 'action.canceled') {
        settle(reject, new NcaLayerError('cancelled'));
      } else {
        settle(reject, new NcaLayerError('failed', `${message.code ?? ''}: ${message.message ?? ''}`));
      }
    };
  });
}
