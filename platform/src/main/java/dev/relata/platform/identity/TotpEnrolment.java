package dev.relata.platform.identity;

/**
 * What an authenticator app needs to be set up: the secret in Base32 (for typing it in), the {@code
 * otpauth://} URI (Google's key-URI format) and that URI as a QR code PNG data URI.
 */
public record TotpEnrolment(String secret, String otpauthUri, String qrCode) {}
