import { SignJWT, jwtVerify, errors } from 'jose'

export type JwtClaims = Record<string, unknown> & { role?: string; sub?: string; exp?: number }

export type VerifyResult =
  | { ok: true; claims: JwtClaims }
  | { ok: false; reason: 'expired' | 'invalid'; message: string }

/** HS256 signing and verification with the project's secret, as GoTrue, PostgREST and Realtime share it. */
export class JwtKeys {
  private readonly key: Uint8Array

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret)
  }

  sign(claims: JwtClaims): Promise<string> {
    return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(this.key)
  }

  async verify(token: string): Promise<VerifyResult> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] })
      return { ok: true, claims: payload as JwtClaims }
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired', message: 'JWT expired' }
      return { ok: false, reason: 'invalid', message: (error as Error).message || 'invalid JWT' }
    }
  }
}
