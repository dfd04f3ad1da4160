package dev.relata.platform.identity;

/** A personal token just made, with the token in clear: shown to its owner once, then lost. */
public record CreatedPersonalToken(PersonalToken details, String token) {}
