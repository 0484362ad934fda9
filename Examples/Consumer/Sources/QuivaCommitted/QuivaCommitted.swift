// QuivaCommitted's code is in Generated/, written from openapi.yaml by gen's command plugin and committed:
//     swift package --allow-writing-to-package-directory gen --target QuivaCommitted
// This file keeps the target buildable before the first run.
