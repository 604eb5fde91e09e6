import { MigrationInterface, QueryRunner } from 'typeorm';

/** Files of an application's dossier (the bytes are in the document store, by storage_key). */
export class Documents1763798000000 implements MigrationInterface {
  name = 'Documents1763798000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY,
        application_id uuid NOT NULL REFERENCES applications (id),
        kind varchar(32) NOT NULL,
        original_name varchar(255) NOT NULL CHECK (original_name <> ''),
        content_type varchar(128) NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        sha256 char(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key varchar(512) NOT NULL UNIQUE,
        description text,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        uploaded_by_name varchar(64) NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        idempotency_key varchar(255),
        request_fingerprint char(64),
        CHECK ((idempotency_key IS NULL) = (request_fingerprint IS NULL))
      )`);
    // GET /applications/{id}/documents, newest first.
    await queryRunner.query(`CREATE INDEX ix_documents_application ON documents (application_id, uploaded_at)`);
    // A retried upload finds its first result; the index also settles two concurrent retries.
    await queryRunner.query(
      `CREATE UNIQUE INDEX ux_documents_idempotency ON documents (application_id, uploaded_by, idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE documents`);
  }
}
