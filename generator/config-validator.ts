// Generated from opencmapi-gen.config.schema.json by ajv 8.20.0 (`npm run config-schema:generate`, generator/config-validator-code.ts). Do not edit.
// @ts-nocheck
"use strict";
function ucs2length(text) {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    length++;
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) index++;
  }
  return length;
}

export const validateConfig = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://opencmapi-gen.invalid/opencmapi-gen.config.schema.json","title":"opencmapi-gen.config.json","description":"Settings of opencmapi-gen: the spec it reads and what it generates. A command-line flag wins over the file; paths are relative to the file.","type":"object","additionalProperties":false,"properties":{"$schema":{"type":"string","description":"This schema, so that editors complete and check the file: ./node_modules/opencmapi-gen/opencmapi-gen.config.schema.json"},"idl":{"description":"The WebIDL file or files, relative to this config. \"bundled\" names the spec that comes with opencmapi-gen, so [\"bundled\", \"spec/acme.webidl\"] extends it with a vendor's file. Default: the bundled spec.","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"schema":{"description":"The JSON Schema file or files, relative to this config. \"bundled\" names the spec that comes with opencmapi-gen, so [\"bundled\", \"spec/acme.schema.json\"] extends it with a vendor's file. Default: the bundled spec.","anyOf":[{"type":"string","minLength":1},{"type":"array","minItems":1,"items":{"type":"string","minLength":1}}]},"out":{"type":"string","minLength":1,"description":"The folder generate writes and check compares, relative to this config. Default: \"generated\"."},"emit":{"description":"What generate writes (an artifact brings those it needs). Default: all of them.","anyOf":[{"type":"array","minItems":1,"items":{"anyOf":[{"const":"types","description":"TypeScript types of every params, result, callback payload and definition (types.ts)"},{"const":"errors","description":"Table 4's error codes as constants and a CmapiError class (errors.ts)"},{"const":"validators","description":"validators of every params and result, compiled ahead of time (validators.ts, one module per group in validators/, validation.ts)"},{"const":"client","description":"a typed client over WebSocket and HTTP long polling, for browsers and Node (client.ts)"},{"const":"node","description":"the client's Node entry, which brings the ws package (node.ts)"},{"const":"server","description":"a typed server with its handler skeleton, over WebSocket and HTTP on one port (server.ts)"},{"const":"docs","description":"the Markdown reference and the HTML reference page (docs/)"},{"const":"openrpc","description":"an OpenRPC 1.3 document of the API (openrpc.json)"}]}},{"type":"string","pattern":"^\\s*(types|errors|validators|client|node|server|docs|openrpc)(\\s*,\\s*(types|errors|validators|client|node|server|docs|openrpc))*\\s*$","description":"A comma-separated list, as --emit takes."}]},"ignore":{"type":"array","items":{"type":"string"},"description":"Paths in the output folder that check leaves alone; a trailing \"/\" means a whole folder."},"profile":{"type":"string","minLength":1,"description":"An SCR device class (mobile-broadband-device, laptop, wireless-router, m2m, smart-phone, tablet, cloud, or an item prefix such as LAP): the server's CmapiHandlers then requires the class's mandatory functions only, and profile.ts lists both sets."},"lang":{"description":"The language of the generated code. Default: \"ts\".","anyOf":[{"const":"ts","description":"TypeScript modules"},{"const":"js","description":"JavaScript modules with a .d.ts beside each, compiled by ts-morph"}]},"lint":{"type":"object","description":"Which lint rules run, as buf's lint config: { \"use\": [\"STANDARD\", \"COMMENTS\"], \"except\": [\"NUMERIC_UNIT\"] }. Default: STANDARD and COMMENTS.","additionalProperties":false,"properties":{"use":{"type":"array","items":{"anyOf":[{"const":"MINIMAL","description":"the MINIMAL category"},{"const":"BASIC","description":"the BASIC category"},{"const":"STANDARD","description":"the STANDARD category"},{"const":"COMMENTS","description":"the COMMENTS category"},{"const":"FUNCTION_NAME_CONVENTION","description":"functions and callbacks are named CMAPI_<Group>_<Function>, the <Function> part PascalCase"},{"const":"ERRORS_NO_SUCCESS_CODE","description":"no [Errors] list names a Table 4 code that reports success (x-cmapi-success)"},{"const":"RESULT_NO_SECRET","description":"no result or callback payload carries a secret (a writeOnly member, or one named password, passphrase, psk, secret, key, pin, puk)"},{"const":"ACCESS_DECLARED","description":"every function and callback declares the access level it needs ([Access=user|administrator|operator]); without it the device asks for administrator"},{"const":"IGNORE_KNOWN_RULE","description":"every ignore comment and x-cmapi-lint-ignore names a rule that exists"},{"const":"PARAM_LOWER_CAMEL_CASE","description":"parameters are lowerCamelCase (a leading acronym may stay in capitals)"},{"const":"MEMBER_LOWER_CAMEL_CASE","description":"dictionary members are lowerCamelCase (a leading acronym may stay in capitals: RFInfoList)"},{"const":"TYPE_PASCAL_CASE","description":"dictionaries, enums and typedefs are PascalCase"},{"const":"ENUM_VALUE_STYLE_CONSISTENT","description":"the values of one enum share one style (UPPER_SNAKE_CASE, lower_snake_case, lowerCamelCase, PascalCase or kebab-case)"},{"const":"LIST_COUNT_PAIRED","description":"a <x>List sequence has its <x>ListElements count and the reverse; result types count lists no other way"},{"const":"NUMERIC_UNIT","description":"a number whose name says it is a quantity (rssi, timeout, rate, size, frequency, latitude, ...) names its unit in its description"},{"const":"DESCRIPTION_BOUNDS_MATCH_SCHEMA","description":"the range or length a description states (its first range or limit standing as its own clause: \"in dBm (-156..-44)\", \"0-255\", \"at most 63 characters\") is the schema's minimum/maximum (minLength/maxLength); later ones are commentary"},{"const":"DEFINITION_USED","description":"every schema definition and WebIDL type is used by a function, a callback, an envelope, a table or another used definition"},{"const":"ERROR_CODE_LISTED","description":"every Table 4 code is in some function's [Errors] (general, security, reserved, success and JSON-RPC codes excepted)"},{"const":"DESCRIPTION_FUNCTION","description":"every function has a description that says more than its name"},{"const":"DESCRIPTION_PARAM","description":"every parameter has a description that says more than its name"},{"const":"DESCRIPTION_MEMBER","description":"every dictionary member (result and callback payload fields included) has a description that says more than its name"},{"const":"DESCRIPTION_ENUM","description":"every enum has a description that says more than its name"},{"const":"DESCRIPTION_ENUM_VALUE","description":"every enum value has a description (a callback id's is its callback's)"},{"const":"DESCRIPTION_CALLBACK","description":"every callback has a description that says more than its name"}]},"description":"Categories and rule ids that run."},"except":{"type":"array","items":{"anyOf":[{"const":"MINIMAL","description":"the MINIMAL category"},{"const":"BASIC","description":"the BASIC category"},{"const":"STANDARD","description":"the STANDARD category"},{"const":"COMMENTS","description":"the COMMENTS category"},{"const":"FUNCTION_NAME_CONVENTION","description":"functions and callbacks are named CMAPI_<Group>_<Function>, the <Function> part PascalCase"},{"const":"ERRORS_NO_SUCCESS_CODE","description":"no [Errors] list names a Table 4 code that reports success (x-cmapi-success)"},{"const":"RESULT_NO_SECRET","description":"no result or callback payload carries a secret (a writeOnly member, or one named password, passphrase, psk, secret, key, pin, puk)"},{"const":"ACCESS_DECLARED","description":"every function and callback declares the access level it needs ([Access=user|administrator|operator]); without it the device asks for administrator"},{"const":"IGNORE_KNOWN_RULE","description":"every ignore comment and x-cmapi-lint-ignore names a rule that exists"},{"const":"PARAM_LOWER_CAMEL_CASE","description":"parameters are lowerCamelCase (a leading acronym may stay in capitals)"},{"const":"MEMBER_LOWER_CAMEL_CASE","description":"dictionary members are lowerCamelCase (a leading acronym may stay in capitals: RFInfoList)"},{"const":"TYPE_PASCAL_CASE","description":"dictionaries, enums and typedefs are PascalCase"},{"const":"ENUM_VALUE_STYLE_CONSISTENT","description":"the values of one enum share one style (UPPER_SNAKE_CASE, lower_snake_case, lowerCamelCase, PascalCase or kebab-case)"},{"const":"LIST_COUNT_PAIRED","description":"a <x>List sequence has its <x>ListElements count and the reverse; result types count lists no other way"},{"const":"NUMERIC_UNIT","description":"a number whose name says it is a quantity (rssi, timeout, rate, size, frequency, latitude, ...) names its unit in its description"},{"const":"DESCRIPTION_BOUNDS_MATCH_SCHEMA","description":"the range or length a description states (its first range or limit standing as its own clause: \"in dBm (-156..-44)\", \"0-255\", \"at most 63 characters\") is the schema's minimum/maximum (minLength/maxLength); later ones are commentary"},{"const":"DEFINITION_USED","description":"every schema definition and WebIDL type is used by a function, a callback, an envelope, a table or another used definition"},{"const":"ERROR_CODE_LISTED","description":"every Table 4 code is in some function's [Errors] (general, security, reserved, success and JSON-RPC codes excepted)"},{"const":"DESCRIPTION_FUNCTION","description":"every function has a description that says more than its name"},{"const":"DESCRIPTION_PARAM","description":"every parameter has a description that says more than its name"},{"const":"DESCRIPTION_MEMBER","description":"every dictionary member (result and callback payload fields included) has a description that says more than its name"},{"const":"DESCRIPTION_ENUM","description":"every enum has a description that says more than its name"},{"const":"DESCRIPTION_ENUM_VALUE","description":"every enum value has a description (a callback id's is its callback's)"},{"const":"DESCRIPTION_CALLBACK","description":"every callback has a description that says more than its name"}]},"description":"Categories and rule ids left out of use."}}}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = ucs2length;
const pattern0 = new RegExp("^\\s*(types|errors|validators|client|node|server|docs|openrpc)(\\s*,\\s*(types|errors|validators|client|node|server|docs|openrpc))*\\s*$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://opencmapi-gen.invalid/opencmapi-gen.config.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err1 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.idl !== undefined){
let data1 = data.idl;
const _errs5 = errors;
let valid1 = false;
const _errs6 = errors;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err2 = {instancePath:instancePath+"/idl",schemaPath:"#/properties/idl/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/idl",schemaPath:"#/properties/idl/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const _errs8 = errors;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/idl",schemaPath:"#/properties/idl/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err5 = {instancePath:instancePath+"/idl/" + i0,schemaPath:"#/properties/idl/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/idl/" + i0,schemaPath:"#/properties/idl/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/idl",schemaPath:"#/properties/idl/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
}
if(!valid1){
const err8 = {instancePath:instancePath+"/idl",schemaPath:"#/properties/idl/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs5;
if(vErrors !== null){
if(_errs5){
vErrors.length = _errs5;
}
else {
vErrors = null;
}
}
}
}
if(data.schema !== undefined){
let data3 = data.schema;
const _errs13 = errors;
let valid4 = false;
const _errs14 = errors;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/0/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid1 = _errs14 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const _errs16 = errors;
if(Array.isArray(data3)){
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err12 = {instancePath:instancePath+"/schema/" + i1,schemaPath:"#/properties/schema/anyOf/1/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/schema/" + i1,schemaPath:"#/properties/schema/anyOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid1 = _errs16 === errors;
valid4 = valid4 || _valid1;
}
if(!valid4){
const err15 = {instancePath:instancePath+"/schema",schemaPath:"#/properties/schema/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs13;
if(vErrors !== null){
if(_errs13){
vErrors.length = _errs13;
}
else {
vErrors = null;
}
}
}
}
if(data.out !== undefined){
let data5 = data.out;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err16 = {instancePath:instancePath+"/out",schemaPath:"#/properties/out/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/out",schemaPath:"#/properties/out/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.emit !== undefined){
let data6 = data.emit;
const _errs23 = errors;
let valid7 = false;
const _errs24 = errors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err18 = {instancePath:instancePath+"/emit",schemaPath:"#/properties/emit/anyOf/0/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
const _errs27 = errors;
let valid10 = false;
const _errs28 = errors;
if("types" !== data7){
const err19 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/0/const",keyword:"const",params:{allowedValue: "types"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid3 = _errs28 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs29 = errors;
if("errors" !== data7){
const err20 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/1/const",keyword:"const",params:{allowedValue: "errors"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs30 = errors;
if("validators" !== data7){
const err21 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/2/const",keyword:"const",params:{allowedValue: "validators"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid3 = _errs30 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs31 = errors;
if("client" !== data7){
const err22 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/3/const",keyword:"const",params:{allowedValue: "client"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid3 = _errs31 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs32 = errors;
if("node" !== data7){
const err23 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/4/const",keyword:"const",params:{allowedValue: "node"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs33 = errors;
if("server" !== data7){
const err24 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/5/const",keyword:"const",params:{allowedValue: "server"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs34 = errors;
if("docs" !== data7){
const err25 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/6/const",keyword:"const",params:{allowedValue: "docs"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs34 === errors;
valid10 = valid10 || _valid3;
if(!valid10){
const _errs35 = errors;
if("openrpc" !== data7){
const err26 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf/7/const",keyword:"const",params:{allowedValue: "openrpc"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs35 === errors;
valid10 = valid10 || _valid3;
}
}
}
}
}
}
}
if(!valid10){
const err27 = {instancePath:instancePath+"/emit/" + i2,schemaPath:"#/properties/emit/anyOf/0/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/emit",schemaPath:"#/properties/emit/anyOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid2 = _errs24 === errors;
valid7 = valid7 || _valid2;
if(!valid7){
const _errs36 = errors;
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
const err29 = {instancePath:instancePath+"/emit",schemaPath:"#/properties/emit/anyOf/1/pattern",keyword:"pattern",params:{pattern: "^\\s*(types|errors|validators|client|node|server|docs|openrpc)(\\s*,\\s*(types|errors|validators|client|node|server|docs|openrpc))*\\s*$"},message:"must match pattern \""+"^\\s*(types|errors|validators|client|node|server|docs|openrpc)(\\s*,\\s*(types|errors|validators|client|node|server|docs|openrpc))*\\s*$"+"\""};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/emit",schemaPath:"#/properties/emit/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid2 = _errs36 === errors;
valid7 = valid7 || _valid2;
}
if(!valid7){
const err31 = {instancePath:instancePath+"/emit",schemaPath:"#/properties/emit/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.ignore !== undefined){
let data8 = data.ignore;
if(Array.isArray(data8)){
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
if(typeof data8[i3] !== "string"){
const err32 = {instancePath:instancePath+"/ignore/" + i3,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.profile !== undefined){
let data10 = data.profile;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err34 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.lang !== undefined){
let data11 = data.lang;
const _errs45 = errors;
let valid13 = false;
const _errs46 = errors;
if("ts" !== data11){
const err36 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/anyOf/0/const",keyword:"const",params:{allowedValue: "ts"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid4 = _errs46 === errors;
valid13 = valid13 || _valid4;
if(!valid13){
const _errs47 = errors;
if("js" !== data11){
const err37 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/anyOf/1/const",keyword:"const",params:{allowedValue: "js"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
var _valid4 = _errs47 === errors;
valid13 = valid13 || _valid4;
}
if(!valid13){
const err38 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
else {
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
}
}
if(data.lint !== undefined){
let data12 = data.lint;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key1 in data12){
if(!((key1 === "use") || (key1 === "except"))){
const err39 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data12.use !== undefined){
let data13 = data12.use;
if(Array.isArray(data13)){
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
const _errs54 = errors;
let valid17 = false;
const _errs55 = errors;
if("MINIMAL" !== data14){
const err40 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/0/const",keyword:"const",params:{allowedValue: "MINIMAL"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid5 = _errs55 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs56 = errors;
if("BASIC" !== data14){
const err41 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/1/const",keyword:"const",params:{allowedValue: "BASIC"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid5 = _errs56 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs57 = errors;
if("STANDARD" !== data14){
const err42 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/2/const",keyword:"const",params:{allowedValue: "STANDARD"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid5 = _errs57 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs58 = errors;
if("COMMENTS" !== data14){
const err43 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/3/const",keyword:"const",params:{allowedValue: "COMMENTS"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid5 = _errs58 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs59 = errors;
if("FUNCTION_NAME_CONVENTION" !== data14){
const err44 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/4/const",keyword:"const",params:{allowedValue: "FUNCTION_NAME_CONVENTION"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid5 = _errs59 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs60 = errors;
if("ERRORS_NO_SUCCESS_CODE" !== data14){
const err45 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/5/const",keyword:"const",params:{allowedValue: "ERRORS_NO_SUCCESS_CODE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
var _valid5 = _errs60 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs61 = errors;
if("RESULT_NO_SECRET" !== data14){
const err46 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/6/const",keyword:"const",params:{allowedValue: "RESULT_NO_SECRET"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
var _valid5 = _errs61 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs62 = errors;
if("ACCESS_DECLARED" !== data14){
const err47 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/7/const",keyword:"const",params:{allowedValue: "ACCESS_DECLARED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
var _valid5 = _errs62 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs63 = errors;
if("IGNORE_KNOWN_RULE" !== data14){
const err48 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/8/const",keyword:"const",params:{allowedValue: "IGNORE_KNOWN_RULE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid5 = _errs63 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs64 = errors;
if("PARAM_LOWER_CAMEL_CASE" !== data14){
const err49 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/9/const",keyword:"const",params:{allowedValue: "PARAM_LOWER_CAMEL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid5 = _errs64 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs65 = errors;
if("MEMBER_LOWER_CAMEL_CASE" !== data14){
const err50 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/10/const",keyword:"const",params:{allowedValue: "MEMBER_LOWER_CAMEL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
var _valid5 = _errs65 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs66 = errors;
if("TYPE_PASCAL_CASE" !== data14){
const err51 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/11/const",keyword:"const",params:{allowedValue: "TYPE_PASCAL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
var _valid5 = _errs66 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs67 = errors;
if("ENUM_VALUE_STYLE_CONSISTENT" !== data14){
const err52 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/12/const",keyword:"const",params:{allowedValue: "ENUM_VALUE_STYLE_CONSISTENT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
var _valid5 = _errs67 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs68 = errors;
if("LIST_COUNT_PAIRED" !== data14){
const err53 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/13/const",keyword:"const",params:{allowedValue: "LIST_COUNT_PAIRED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
var _valid5 = _errs68 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs69 = errors;
if("NUMERIC_UNIT" !== data14){
const err54 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/14/const",keyword:"const",params:{allowedValue: "NUMERIC_UNIT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid5 = _errs69 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs70 = errors;
if("DESCRIPTION_BOUNDS_MATCH_SCHEMA" !== data14){
const err55 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/15/const",keyword:"const",params:{allowedValue: "DESCRIPTION_BOUNDS_MATCH_SCHEMA"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid5 = _errs70 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs71 = errors;
if("DEFINITION_USED" !== data14){
const err56 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/16/const",keyword:"const",params:{allowedValue: "DEFINITION_USED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
var _valid5 = _errs71 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs72 = errors;
if("ERROR_CODE_LISTED" !== data14){
const err57 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/17/const",keyword:"const",params:{allowedValue: "ERROR_CODE_LISTED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var _valid5 = _errs72 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs73 = errors;
if("DESCRIPTION_FUNCTION" !== data14){
const err58 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/18/const",keyword:"const",params:{allowedValue: "DESCRIPTION_FUNCTION"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid5 = _errs73 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs74 = errors;
if("DESCRIPTION_PARAM" !== data14){
const err59 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/19/const",keyword:"const",params:{allowedValue: "DESCRIPTION_PARAM"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid5 = _errs74 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs75 = errors;
if("DESCRIPTION_MEMBER" !== data14){
const err60 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/20/const",keyword:"const",params:{allowedValue: "DESCRIPTION_MEMBER"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid5 = _errs75 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs76 = errors;
if("DESCRIPTION_ENUM" !== data14){
const err61 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/21/const",keyword:"const",params:{allowedValue: "DESCRIPTION_ENUM"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
var _valid5 = _errs76 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs77 = errors;
if("DESCRIPTION_ENUM_VALUE" !== data14){
const err62 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/22/const",keyword:"const",params:{allowedValue: "DESCRIPTION_ENUM_VALUE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid5 = _errs77 === errors;
valid17 = valid17 || _valid5;
if(!valid17){
const _errs78 = errors;
if("DESCRIPTION_CALLBACK" !== data14){
const err63 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf/23/const",keyword:"const",params:{allowedValue: "DESCRIPTION_CALLBACK"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid5 = _errs78 === errors;
valid17 = valid17 || _valid5;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(!valid17){
const err64 = {instancePath:instancePath+"/lint/use/" + i4,schemaPath:"#/properties/lint/properties/use/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs54;
if(vErrors !== null){
if(_errs54){
vErrors.length = _errs54;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/lint/use",schemaPath:"#/properties/lint/properties/use/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data12.except !== undefined){
let data15 = data12.except;
if(Array.isArray(data15)){
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
let data16 = data15[i5];
const _errs82 = errors;
let valid20 = false;
const _errs83 = errors;
if("MINIMAL" !== data16){
const err66 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/0/const",keyword:"const",params:{allowedValue: "MINIMAL"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
var _valid6 = _errs83 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs84 = errors;
if("BASIC" !== data16){
const err67 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/1/const",keyword:"const",params:{allowedValue: "BASIC"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
var _valid6 = _errs84 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs85 = errors;
if("STANDARD" !== data16){
const err68 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/2/const",keyword:"const",params:{allowedValue: "STANDARD"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
var _valid6 = _errs85 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs86 = errors;
if("COMMENTS" !== data16){
const err69 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/3/const",keyword:"const",params:{allowedValue: "COMMENTS"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
var _valid6 = _errs86 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs87 = errors;
if("FUNCTION_NAME_CONVENTION" !== data16){
const err70 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/4/const",keyword:"const",params:{allowedValue: "FUNCTION_NAME_CONVENTION"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid6 = _errs87 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs88 = errors;
if("ERRORS_NO_SUCCESS_CODE" !== data16){
const err71 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/5/const",keyword:"const",params:{allowedValue: "ERRORS_NO_SUCCESS_CODE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid6 = _errs88 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs89 = errors;
if("RESULT_NO_SECRET" !== data16){
const err72 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/6/const",keyword:"const",params:{allowedValue: "RESULT_NO_SECRET"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
var _valid6 = _errs89 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs90 = errors;
if("ACCESS_DECLARED" !== data16){
const err73 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/7/const",keyword:"const",params:{allowedValue: "ACCESS_DECLARED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
var _valid6 = _errs90 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs91 = errors;
if("IGNORE_KNOWN_RULE" !== data16){
const err74 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/8/const",keyword:"const",params:{allowedValue: "IGNORE_KNOWN_RULE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
var _valid6 = _errs91 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs92 = errors;
if("PARAM_LOWER_CAMEL_CASE" !== data16){
const err75 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/9/const",keyword:"const",params:{allowedValue: "PARAM_LOWER_CAMEL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid6 = _errs92 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs93 = errors;
if("MEMBER_LOWER_CAMEL_CASE" !== data16){
const err76 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/10/const",keyword:"const",params:{allowedValue: "MEMBER_LOWER_CAMEL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid6 = _errs93 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs94 = errors;
if("TYPE_PASCAL_CASE" !== data16){
const err77 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/11/const",keyword:"const",params:{allowedValue: "TYPE_PASCAL_CASE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
var _valid6 = _errs94 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs95 = errors;
if("ENUM_VALUE_STYLE_CONSISTENT" !== data16){
const err78 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/12/const",keyword:"const",params:{allowedValue: "ENUM_VALUE_STYLE_CONSISTENT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
var _valid6 = _errs95 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs96 = errors;
if("LIST_COUNT_PAIRED" !== data16){
const err79 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/13/const",keyword:"const",params:{allowedValue: "LIST_COUNT_PAIRED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
var _valid6 = _errs96 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs97 = errors;
if("NUMERIC_UNIT" !== data16){
const err80 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/14/const",keyword:"const",params:{allowedValue: "NUMERIC_UNIT"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
var _valid6 = _errs97 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs98 = errors;
if("DESCRIPTION_BOUNDS_MATCH_SCHEMA" !== data16){
const err81 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/15/const",keyword:"const",params:{allowedValue: "DESCRIPTION_BOUNDS_MATCH_SCHEMA"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
var _valid6 = _errs98 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs99 = errors;
if("DEFINITION_USED" !== data16){
const err82 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/16/const",keyword:"const",params:{allowedValue: "DEFINITION_USED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
var _valid6 = _errs99 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs100 = errors;
if("ERROR_CODE_LISTED" !== data16){
const err83 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/17/const",keyword:"const",params:{allowedValue: "ERROR_CODE_LISTED"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
var _valid6 = _errs100 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs101 = errors;
if("DESCRIPTION_FUNCTION" !== data16){
const err84 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/18/const",keyword:"const",params:{allowedValue: "DESCRIPTION_FUNCTION"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
var _valid6 = _errs101 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs102 = errors;
if("DESCRIPTION_PARAM" !== data16){
const err85 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/19/const",keyword:"const",params:{allowedValue: "DESCRIPTION_PARAM"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
var _valid6 = _errs102 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs103 = errors;
if("DESCRIPTION_MEMBER" !== data16){
const err86 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/20/const",keyword:"const",params:{allowedValue: "DESCRIPTION_MEMBER"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
var _valid6 = _errs103 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs104 = errors;
if("DESCRIPTION_ENUM" !== data16){
const err87 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/21/const",keyword:"const",params:{allowedValue: "DESCRIPTION_ENUM"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid6 = _errs104 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs105 = errors;
if("DESCRIPTION_ENUM_VALUE" !== data16){
const err88 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/22/const",keyword:"const",params:{allowedValue: "DESCRIPTION_ENUM_VALUE"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid6 = _errs105 === errors;
valid20 = valid20 || _valid6;
if(!valid20){
const _errs106 = errors;
if("DESCRIPTION_CALLBACK" !== data16){
const err89 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf/23/const",keyword:"const",params:{allowedValue: "DESCRIPTION_CALLBACK"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid6 = _errs106 === errors;
valid20 = valid20 || _valid6;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
if(!valid20){
const err90 = {instancePath:instancePath+"/lint/except/" + i5,schemaPath:"#/properties/lint/properties/except/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/lint/except",schemaPath:"#/properties/lint/properties/except/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/lint",schemaPath:"#/properties/lint/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
/** The options the schema knows, in its order. */
export const CONFIG_KEYS = ["$schema","idl","schema","out","emit","ignore","profile","lang","lint"];
