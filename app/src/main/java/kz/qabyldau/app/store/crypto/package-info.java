/**
 * Personal data at rest: the office's data key, wrapped once per operator and once under the
 * recovery code, and the sealing of personal values with AES-256-GCM (docs/data-at-rest.md). Only
 * vetted primitives: the JDK's AES-GCM, AES key wrap and HMAC, Bouncy Castle's Argon2id and HKDF.
 */
package kz.qabyldau.app.store.crypto;
