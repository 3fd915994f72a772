-- One database per service, all owned by the services' role, which 00-role.sh created with the
-- deployment's generated password (docker-compose only; the local stack and the tests create the same
-- themselves).
CREATE DATABASE assises_registration OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_programme OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_awards OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_logistics OWNER assises ENCODING 'UTF8';
