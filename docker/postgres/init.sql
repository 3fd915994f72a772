-- One database per service, all owned by the services' role (docker-compose only; the local stack
-- and the tests create the same themselves).
CREATE ROLE assises LOGIN PASSWORD 'assises';
CREATE DATABASE assises_registration OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_programme OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_awards OWNER assises ENCODING 'UTF8';
CREATE DATABASE assises_logistics OWNER assises ENCODING 'UTF8';
