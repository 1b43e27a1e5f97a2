/**
 * The litigation model: matters, claims, documents and the passages reviewers mark in them.
 * Entities check their own rules in constructors and named methods; nothing here knows about
 * PDFBox, Faces or REST.
 */
package org.pincite.domain;
