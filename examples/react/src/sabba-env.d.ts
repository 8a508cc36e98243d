// Typed JSX for the <sabba-…> tags, shipped by the package. An app can also list
// "sabba-widgets/jsx-react" in tsconfig's compilerOptions.types; this repository imports it by
// name instead, since `types` entries are looked up in node_modules only.
import type {} from 'sabba-widgets/jsx-react';
