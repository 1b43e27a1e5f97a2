package org.pincite.web.rest;

/** The body of every error the API answers. */
public record ErrorBody(String error) {}
