/**
 * Liaison SDK core: a school's home-school liaison policy as code. The entry point is
 * {@link io.github.liaisonsdk.Liaison}; every exported package is API. {@code io.github.liaisonsdk.internal} is not
 * exported, and the generated value implementations are package-private: packages are opened to Jackson and
 * Hibernate Validator only, which bind and check them reflectively.
 */
module io.github.liaisonsdk.core {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;
  requires transitive org.jspecify;
  // Immutables' annotations mark the value types at compile time only; clients never need them.
  requires static org.immutables.value.annotations;

  exports io.github.liaisonsdk;
  exports io.github.liaisonsdk.audit;
  exports io.github.liaisonsdk.basics;
  exports io.github.liaisonsdk.childprotection;
  exports io.github.liaisonsdk.confidentiality;
  exports io.github.liaisonsdk.contact;
  exports io.github.liaisonsdk.dataprotection;
  exports io.github.liaisonsdk.json;
  exports io.github.liaisonsdk.lawfulbasis;
  exports io.github.liaisonsdk.memory;
  exports io.github.liaisonsdk.monitoring;
  exports io.github.liaisonsdk.plan;
  exports io.github.liaisonsdk.policy;
  exports io.github.liaisonsdk.port;
  exports io.github.liaisonsdk.publication;
  exports io.github.liaisonsdk.pupil;
  exports io.github.liaisonsdk.sharing;
  exports io.github.liaisonsdk.todo;
  exports io.github.liaisonsdk.staff;

  opens io.github.liaisonsdk.audit to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.basics to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.childprotection to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.confidentiality to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.contact to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.dataprotection to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.lawfulbasis to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.monitoring to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.plan to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.policy to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.port to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.publication to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.pupil to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.sharing to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.staff to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
  opens io.github.liaisonsdk.todo to
      com.fasterxml.jackson.databind,
      org.hibernate.validator;
}
