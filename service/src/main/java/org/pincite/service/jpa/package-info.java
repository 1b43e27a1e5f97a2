/** The domain's repositories on JPA (Hibernate): one class per aggregate, queries in JPQL. */
package org.pincite.service.jpa;
