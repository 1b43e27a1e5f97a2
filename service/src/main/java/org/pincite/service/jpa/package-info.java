/**
 * The domain's repository interfaces on JPA (Hibernate): one class per aggregate, queries in JPQL.
 * Only the application services and the infrastructure rooms use them; the web never does.
 */
package org.pincite.service.jpa;
