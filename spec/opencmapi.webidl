/*
 * OpenCMAPI 1.1 WebAPI: function signatures, data types and callbacks.
 *
 * Written by the opencmapi-gen project: the official [OpenCMAPI-SUP-WIDL] companion of the OMA
 * specification is not public. spec/README.md explains the conventions:
 *
 *   - one interface per SCR row, [SCR="7.x"] names the section (callbacks are section 8);
 *   - every function is named CMAPI_<Group>_<Function> and ends with `ResultCallback cb`
 *     (section 5.5.1.2); the other arguments are the members of the JSON-RPC `params` object;
 *   - [Result=Type] names the dictionary carried in a successful response's `result`
 *     (no [Result] means an empty result object);
 *   - [Errors=(...)] lists the Table 4 codes the function may return besides the general ones;
 *   - [Exclusive] marks an operation that one application at a time may perform on a device:
 *     a second caller gets code 0x00000006;
 *   - [Interim] marks an operation that answers in several steps: interim responses
 *     ("received", "processing") before the final one (section 5.5.1.2);
 *   - each CMAPI-2 callback is a `callback CMAPI_Callback_<Name>` whose one argument is the
 *     payload carried in the callback message's `result`.
 *
 * A doc comment (slash-star-star) before a definition, member, argument or enum value is its
 * description.
 */

// ---------------------------------------------------------------------------------------------
// Messages (section 5.2, Tables 1-3)
// ---------------------------------------------------------------------------------------------

/** A handle of an open device, as CMAPI_Device_Open returned it and valid until CMAPI_Device_Close
    or the end of the session. The seed's examples write it both as a string ("1") and as a number
    (1): both are accepted and name the same device. */
typedef (DOMString or unsigned long) DeviceId;

/** Binary data in BASE64 (RFC 4648 section 4, with "=" padding, no line breaks), as section 5.2.4
    requires for every binary value. */
typedef DOMString Base64;

/** A Table 4 code (0x00000000-0xFFFFFFFF), or in an error object a negative JSON-RPC reserved code.
    The security codes (0xF0000001-0xF0000006) exceed 2^31, so a peer with 32-bit integers reads it
    as a 64-bit integer. */
typedef long long CmapiCode;

/** A CMAPI-1 request message (Table 1): a JSON-RPC 2.0 request extended by cmapiversion; notifications
    (no id) are not used. The library builds it from a function call. */
dictionary CmapiRequest {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** The function to run, CMAPI_<Group>_<Function> (e.g. CMAPI_Network_GetRFInfo); an unknown name
      is answered with the JSON-RPC error -32601. */
  required DOMString method;
  /** Chosen by the client, unique for every call (a UUID, for example); never null or omitted. Every
      response to this call, interim ones included, repeats it. */
  required DOMString id;
  /** The function's arguments by name (deviceId, profileName, ...); {} for a function without
      arguments. An unknown or misspelt member makes the request invalid (-32602). */
  required object params;
};

/** The JSON-RPC error object of Tables 2 and 3: code is the Table 4 integer value (or a JSON-RPC
    reserved code), message the Table 4 description text. */
dictionary CmapiErrorObject {
  /** What went wrong: the Table 4 row's value (0x00002001 is 8193), or a JSON-RPC reserved code
      (-32700 parse error, -32600 invalid request, -32601 unknown method, -32602 invalid params,
      -32603 internal error). */
  required CmapiCode code;
  /** The Table 4 description text of the code, letter for letter; for display and logs, not for
      program logic (use code). */
  required DOMString message;
  /** Details the implementation adds (e.g. the name of the invalid parameter, or the modem's own
      cause value); free form, so a client shows it but does not rely on its shape. */
  any data;
};

/** The stage of a call that a response reports (section 5.5.1.2). An opencmapi-gen extension of
    Table 2, see spec/README.md. */
enum ResponseStage {
  /** The implementation accepted the request and will work on it; nothing was done yet. */
  "received",
  /** The work is under way (e.g. the modem is attaching or scanning); more responses follow. */
  "processing",
  /** The final response: result or error carries the outcome, and no other response follows. */
  "completed"
};

/** A CMAPI-1 response message (Table 2), handed to a function's ResultCallback. Exactly one of result
    and error. Several responses may carry the same id (interim responses, section 5.5.1.2). */
dictionary CmapiResponse {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** The request's id; null only when the request could not be read (parse error, invalid request). */
  required DOMString? id;
  /** Present when the function failed; result is then absent. */
  CmapiErrorObject error;
  /** The function's result when it succeeded, of the type its [Result] names ({} when none); an
      empty object on interim responses. */
  object result;
  /** Present on interim responses ("received", "processing"), which carry an empty result; the
      final response has none (or "completed"). */
  ResponseStage cmapistatus;
};

/** A CMAPI-2 callback message (Table 3). Exactly one of result and error; every message has a new id. */
dictionary CmapiCallbackMessage {
  /** The JSON-RPC version: exactly "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks: exactly "1.1". */
  required DOMString cmapiversion;
  /** Chosen by the implementation, new for every callback message (two messages for the same event
      type never share an id, Table 10 step 5). */
  required DOMString id;
  /** Which callback this is; the application registered for it with CMAPI_Callback_Register. */
  required CallbackId callbackId;
  /** Present when the event is a failure report; result is then absent. */
  CmapiErrorObject error;
  /** The callback's payload, whose type the callback's declaration names. */
  object result;
};

/** Receives every response message that carries the id of the call (section 5.5.1.2): the interim
    ones, then the final one. */
callback ResultCallback = undefined (CmapiResponse response);

// ---------------------------------------------------------------------------------------------
// Shared types
// ---------------------------------------------------------------------------------------------

/** Bit mask of radio technologies: 0x01 GSM, 0x02 GPRS/EDGE, 0x04 WCDMA/UMTS, 0x08 HSPA, 0x10 LTE,
    0x20 CDMA2000, 0x40 WLAN, 0x80 NR; 0xFF means all. Bits above 0x80 are reserved (0..255). */
typedef unsigned long RadioMask;

/** Bit mask of connection types: 0x01 cellular packet, 0x02 cellular circuit, 0x04 tethered,
    0x08 ethernet, 0x10 P2P, 0x20 WLAN. Bits above 0x20 are reserved (0..63). */
typedef unsigned long ConnectionTypeMask;

/** A Wi-Fi network name (SSID): 0 to 32 bytes (IEEE 802.11), given as text. The empty string stands
    for a hidden network, one that does not broadcast its name. Bytes that are not valid UTF-8 are
    each replaced by U+FFFD, so such a name is shown but cannot be matched exactly; use the BSSID. */
typedef DOMString Ssid;

/** A cell identity: 28 bits for LTE (the ECI, eNodeB id and cell), 36 bits for NR (the NCI), 16 bits
    for GSM and 28 bits for UMTS (the UTRAN cell id). Not the physical cell id. */
typedef unsigned long long CellIdentity;

/** A frequency band by its 3GPP or 3GPP2 number: "B" and the E-UTRA operating band for LTE ("B3",
    "B66"), "n" and the NR band ("n78", "n260"), "U" and the UTRA band for UMTS (band I is "U1"),
    "GSM450", "GSM480", "GSM750", "GSM850", "GSM900", "DCS1800" or "PCS1900" for GSM, "BC" and the
    band class for CDMA2000 ("BC0"). Other names are refused. */
typedef DOMString FrequencyBand;

/** A radio access technology, as the device reports it for its current connection or registration. */
enum RadioTechnology {
  /** GSM without packet data (2G circuit switched). */
  "GSM",
  /** GSM with GPRS packet data (2G, typically 40 to 80 kbit/s). */
  "GPRS",
  /** GSM with EDGE packet data (2.75G, up to about 236 kbit/s). */
  "EDGE",
  /** UMTS/WCDMA release 99 (3G, up to 384 kbit/s). */
  "WCDMA_UMTS",
  /** UMTS with HSDPA/HSUPA (3.5G, up to 14.4 Mbit/s down). */
  "HSPA",
  /** HSPA+ (3GPP release 7 and later, dual-carrier included; up to 42 Mbit/s down). */
  "HSPA_PLUS",
  /** LTE (E-UTRA) on one carrier. */
  "LTE",
  /** LTE with carrier aggregation (LTE-A, 3GPP release 10 and later). */
  "LTE_ADVANCED",
  /** 5G NR, standalone or as the secondary leg of an LTE anchor (EN-DC). */
  "NR",
  /** CDMA2000 1xRTT (voice and up to 153 kbit/s data). */
  "CDMA2000_1X",
  /** CDMA2000 EV-DO (Rev. 0, A or B). */
  "CDMA2000_EVDO",
  /** Wi-Fi (IEEE 802.11). */
  "WLAN"
};

/** The IP version of a connection or of a requested address (3GPP PDP/PDN type). */
enum IpAddressType {
  /** IPv4 only. */
  "IPv4",
  /** IPv6 only. */
  "IPv6",
  /** Dual stack: an IPv4 address and an IPv6 prefix on the same connection; the network may grant
      only one of them. */
  "IPv4v6"
};

/** What an application may do, granted by CMAPI_API_Open from its security request. Each level
    includes the ones before it. */
enum AccessLevel {
  /** Read status, connect and disconnect with the settings that exist. */
  "user",
  /** Also change the device's settings: profiles, WLAN networks, router, PINs. */
  "administrator",
  /** Also the settings the operator keeps for itself; which ones is the implementation's choice
      (commonly bands, radio mask, CDMA activation, firmware). */
  "operator"
};

/** The device's power and radio state. */
enum PowerState {
  /** Fully on: radios may transmit. */
  "on",
  /** On but saving power (3GPP PSM or eDRX, reduced measurements): radios work, answers and
      incoming data may be delayed. */
  "low_power",
  /** Every radio off (AT+CFUN=4); the UICC and the settings stay available. */
  "airplane",
  /** Powered down or at minimum functionality (AT+CFUN=0): no radio, the UICC may be unavailable;
      only a change of power state is accepted. */
  "off"
};

/** No members: the result of a function that reports nothing but success. */
dictionary Empty {
};

/** An IP configuration, static or obtained from the network. Addresses are text: IPv4 dotted quad
    ("192.168.1.10"), IPv6 in RFC 5952 form ("2001:db8::1"). A member is absent when the connection
    has no such address. */
dictionary IpConfiguration {
  /** True when the address was obtained by DHCP, SLAAC or from the cellular network; false when it
      was set by hand. */
  required boolean dynamic;
  /** The device's IPv4 address on this connection. */
  DOMString ipv4Address;
  /** The IPv4 subnet mask in dotted quad ("255.255.255.0"); cellular links often report
      "255.255.255.255" or nothing. */
  DOMString ipv4SubnetMask;
  /** The IPv4 default gateway; absent on point-to-point cellular links that have none. */
  DOMString ipv4Gateway;
  /** The device's global IPv6 address (not the link-local one). */
  DOMString ipv6Address;
  /** Length of the IPv6 prefix in bits, 0..128 (64 on cellular links). */
  unsigned short ipv6PrefixLength;
  /** The IPv6 default gateway (often a link-local address). */
  DOMString ipv6Gateway;
  /** DNS servers in order of preference, IPv4 and IPv6 mixed; empty or absent when none is known. */
  sequence<DOMString> dnsServers;
  /** HTTP proxy as host:port ("proxy.example.com:8080"), when one is configured; absent means no proxy. */
  DOMString httpProxy;
};

/** A PLMN (public land mobile network, 3GPP TS 23.003): the operator's country and network codes. */
dictionary Plmn {
  /** Mobile country code: exactly 3 digits ("310"). */
  required DOMString mcc;
  /** Mobile network code: 2 or 3 digits, leading zeros kept ("01" and "001" are different networks). */
  required DOMString mnc;
};

/** The indexes of stored records (seed counting style), in the order the device stores them (oldest
    first). An index stays valid while its record exists. */
dictionary IndexList {
  /** The number of indexes in indexList. */
  required unsigned long indexListElements;
  /** The indexes; empty when nothing is stored. */
  required sequence<unsigned long> indexList;
};

/** A point in time as the device or the network reports it. */
dictionary DateTime {
  /** Date and time in UTC, RFC 3339 ("2026-01-01T12:00:00Z"). */
  required DOMString utc;
  /** The local time zone's offset from UTC in minutes, daylight saving included, -720..840
      (e.g. 60 for UTC+1); absent when the zone is not known. */
  long utcOffsetMinutes;
};

/** How full a message or contact store is. */
dictionary StorageStatus {
  /** The store, as the function that was asked names it (e.g. "SM" for the UICC, "ME" for the
      device's memory, 3GPP TS 27.007 +CPMS). */
  required DOMString storage;
  /** The number of entries stored (messages or contacts, not bytes). */
  required unsigned long used;
  /** The number of entries the store can hold; used equal to total means full. */
  required unsigned long total;
};

// ---------------------------------------------------------------------------------------------
// 7.2 API management
// ---------------------------------------------------------------------------------------------

/** What CMAPI_API_Open grants. */
dictionary ApiSession {
  /** Opaque handle of the application's session, passed to Close, GetAccessLevel and
      SetAccessLevel; valid until CMAPI_API_Close or the transport session ends. */
  required DOMString sessionId;
  /** The level granted: the one asked for, or a lower one when the credentials allow no more. */
  required AccessLevel accessLevel;
};

/** Which OpenCMAPI and which implementation answer. */
dictionary ApiVersion {
  /** The OpenCMAPI version implemented: "1.1". */
  required DOMString cmapiVersion;
  /** The implementation's own version, free text from its vendor (e.g. "2.3.1 (build 415)"). */
  required DOMString implementationVersion;
  /** The implementation's vendor, as it names itself. */
  required DOMString vendor;
};

/** What an implementation supports, so that an application can hide what would only answer
    0x00000007. */
dictionary ApiCapabilities {
  /** SCR sections of the supported groups ("7.2".."7.21", "8" for callbacks). */
  required sequence<DOMString> supportedGroups;
  /** Names of the functions that do not answer 0x00000007, e.g. "CMAPI_WLAN_Connect". */
  required sequence<DOMString> supportedFunctions;
  /** The transports served: "websocket" and/or "http" (HTTP with long polling, section 5.5.2). */
  required sequence<DOMString> transports;
  /** How many devices one client may have open at once (at least 1); one more answers 0x00000103. */
  required unsigned long maxOpenDevices;
};

/** The access level of a session. */
dictionary AccessLevelInfo {
  /** The level the session has now. */
  required AccessLevel accessLevel;
};

/** Opens and closes an application's session with the CMAPI implementation. */
[Exposed=Window, SCR="7.2"]
interface CmapiApi {
  /** Opens the API for an application, which then calls the other functions with the session's
      rights. Without a security request the session gets the "user" level. */
  [Result=ApiSession, Errors=(0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005)]
  undefined CMAPI_API_Open(
    /** A name for the application, shown to the user and written to logs (e.g. "Connection Manager"). */
    DOMString applicationName,
    /** The credentials, in a form the vendor defines (a password, a token, a signed request); a
        secret: never logged nor returned. Absent: no credentials, "user" level. */
    optional DOMString securityRequest,
    /** The level asked for; "user" when absent. A level the credentials do not allow answers
        0xF0000003, one the implementation lacks 0xF0000005. */
    optional AccessLevel accessLevel,
    ResultCallback cb);
  /** Closes the application's session and every device it opened; its callback registrations end. */
  undefined CMAPI_API_Close(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    ResultCallback cb);
  /** Returns the implemented OpenCMAPI version and the implementation's own version; needs no session. */
  [Result=ApiVersion]
  undefined CMAPI_API_GetVersion(ResultCallback cb);
  /** Returns the groups and functions this implementation supports; needs no session. */
  [Result=ApiCapabilities]
  undefined CMAPI_API_GetCapabilities(ResultCallback cb);
  /** Returns the access level granted to this session. */
  [Result=AccessLevelInfo]
  undefined CMAPI_API_GetAccessLevel(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    ResultCallback cb);
  /** Asks for another access level with new credentials; on failure the session keeps its level. */
  [Result=AccessLevelInfo, Errors=(0xF0000001, 0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005)]
  undefined CMAPI_API_SetAccessLevel(
    /** The session, from CMAPI_API_Open. */
    DOMString sessionId,
    /** The credentials for the new level, in the vendor's form (as in CMAPI_API_Open); a secret. */
    DOMString securityRequest,
    /** The level asked for; a lower one than the current is granted without checking credentials. */
    AccessLevel accessLevel,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.3 Device discovery
// ---------------------------------------------------------------------------------------------

/** Device states (0..4): 0 not present (known but detached or powered off), 1 present (attached,
    not opened), 2 open (opened by a client, not registered to a network), 3 ready (open and
    registered, can connect), 4 error (present but not working; close and open it again). */
typedef unsigned short DeviceState;

/** Device types (1..8): 1 USB modem, 2 embedded module, 3 smart phone, 4 tablet, 5 wireless router,
    6 M2M module, 7 laptop, 8 cloud device. */
typedef unsigned short DeviceType;

/** One connectivity device, as the seed's DeviceChanged example shows it. */
dictionary DeviceInfo {
  /** The device's handle, the one CMAPI_Device_Open returns for it: the implementation numbers its
      devices and keeps a device's number while it is present. */
  required DeviceId deviceId;
  /** Where the device is in its life cycle (DeviceState). */
  required DeviceState deviceState;
  /** The radio technologies the device has (RadioMask, e.g. 0x40 for a Wi-Fi only router). */
  required RadioMask radio;
  /** Bit mask of services (0..63): 0x01 data, 0x02 voice, 0x04 SMS, 0x08 USSD, 0x10 GNSS, 0x20 router. */
  required unsigned long deviceCapability;
  /** The kinds of connection the device can make (ConnectionTypeMask, e.g. 0x20 WLAN). */
  required ConnectionTypeMask connectionType;
  /** What kind of device it is (DeviceType). */
  required DeviceType deviceType;
  /** Human-readable text from the implementation, for lists and menus (e.g. "This is a wireless router"). */
  required DOMString description;
  /** Stays the same across sessions and restarts: the IMEI (15 digits), the MEID (14 hex digits) or
      a serial number; CMAPI_Device_Open takes it. */
  required DOMString uniqueIdentifier;
  /** Manufacturer name, when the device reports one (AT+CGMI). */
  DOMString manufacturer;
  /** Model name, when the device reports one (AT+CGMM). */
  DOMString model;
};

/** A list of devices (seed counting style). */
dictionary DeviceList {
  /** The number of devices in deviceList. */
  required unsigned long deviceListElements;
  /** The devices; empty when there is none. */
  required sequence<DeviceInfo> deviceList;
};

/** What CMAPI_Device_Open returns. */
dictionary DeviceHandle {
  /** The handle every device function takes, valid until CMAPI_Device_Close. */
  required DeviceId deviceId;
};

/** Finds the connectivity devices the implementation manages and opens them for use. */
[Exposed=Window, SCR="7.3"]
interface CmapiDevice {
  /** Lists every device the implementation knows, open or not, present or not. */
  [Result=DeviceList]
  undefined CMAPI_Device_GetDeviceList(ResultCallback cb);
  /** Returns one device's description. */
  [Result=DeviceInfo, Errors=(0x00000101)]
  undefined CMAPI_Device_GetDeviceInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Opens a device for this client and returns its handle. Several clients may have the same device
      open (a connection manager and status widgets); 0x00000102 when this client has it open
      already, 0x00000103 when this client has as many devices open as maxOpenDevices allows. */
  [Result=DeviceHandle, Exclusive, Errors=(0x00000100, 0x00000102, 0x00000103)]
  undefined CMAPI_Device_Open(
    /** The device's uniqueIdentifier from GetDeviceList (IMEI, MEID or serial number); matched exactly. */
    DOMString uniqueIdentifier,
    ResultCallback cb);
  /** Closes a device handle; connections the device has stay up. */
  [Errors=(0x00000101)]
  undefined CMAPI_Device_Close(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the devices this client has open. */
  [Result=DeviceList]
  undefined CMAPI_Device_GetOpenDevices(ResultCallback cb);
  /** Searches again for attached devices; the result is the new list. Detection can take several
      seconds (USB enumeration, modem start-up): "received" when the search starts, "processing"
      while the devices are probed, then the list. */
  [Result=DeviceList, Interim, Exclusive]
  undefined CMAPI_Device_Rescan(ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.4 Cellular network management
// ---------------------------------------------------------------------------------------------

/** How the device authenticates to the network when it activates a data connection (PPP/PDP
    authentication, 3GPP TS 27.007 +CGAUTH). */
enum AuthType {
  /** No authentication; userName and password are ignored. */
  "none",
  /** PAP: the password is sent in clear to the network. */
  "PAP",
  /** CHAP: a challenge-response; the password is not sent. */
  "CHAP",
  /** CHAP when the network offers it, PAP otherwise. */
  "PAP_OR_CHAP"
};

/** What a cellular profile is for; a device may allow one profile of a type to be up at once. */
enum ProfileType {
  /** General internet access (the default). */
  "internet",
  /** Multimedia messaging (MMS) only. */
  "mms",
  /** IMS (VoLTE, SMS over IP); usually set by the operator and read-only. */
  "ims",
  /** Traffic shared with tethered devices or the router's clients, where the operator wants a
      separate APN ("DUN"). */
  "tethering",
  /** Machine-to-machine traffic (telemetry). */
  "m2m"
};

/** How the device chooses its network (3GPP TS 27.007 +COPS modes 0, 1 and 4). */
enum NetworkSelectionMode {
  /** The device chooses the PLMN itself (home first, then the UICC's preferred lists). */
  "automatic",
  /** The device stays on the chosen PLMN; when it is lost the device has no service. */
  "manual",
  /** The chosen PLMN first; when it cannot be used the device falls back to automatic. */
  "manual_automatic"
};

/** The device's registration to a cellular network (3GPP TS 27.007 +CREG/+CEREG/+C5GREG <stat>). */
enum RegistrationState {
  /** Not registered and not searching (stat 0): radio off, no UICC, or manual selection lost. */
  "not_registered",
  /** Registered on the home network (stat 1). */
  "registered_home",
  /** Not registered, searching for a network to register on (stat 2). */
  "searching",
  /** Registration denied by the network (stat 3); rejectCause says why. */
  "denied",
  /** The state cannot be determined (stat 4), e.g. out of coverage. */
  "unknown",
  /** Registered on a network other than the home network (stat 5). */
  "registered_roaming"
};

/** What the device knows of an operator found by a scan (3GPP TS 27.007 +COPS=? <stat>). */
enum OperatorStatus {
  /** Seen, but its status is not known (stat 0). */
  "unknown",
  /** Can be selected (stat 1). */
  "available",
  /** The device is registered on it now (stat 2). */
  "current",
  /** On the UICC's forbidden list or rejected it before (stat 3); selecting it will most likely fail. */
  "forbidden"
};

/** A cellular connection profile (APN settings) as the device returns it. The password never comes
    back: passwordSet says whether one is stored. */
dictionary CellularProfile {
  /** The profile's name, unique on the device and matched exactly (case included); 1 character or
      more, devices commonly allow up to 32. */
  required DOMString profileName;
  /** The access point name (3GPP TS 23.003 section 9): dot-separated labels of letters, digits and
      hyphens, up to 100 characters, matched without regard to case (e.g. "internet"). "" lets the
      network choose its default APN (LTE attach). */
  required DOMString apn;
  /** What the profile is for; "internet" when absent. */
  ProfileType profileType = "internet";
  /** The user name for PAP/CHAP; absent when authType is "none". */
  DOMString userName;
  /** True when a password is stored (it is never returned); false when absent. */
  boolean passwordSet = false;
  /** How the device authenticates to the network; "none" when absent. */
  AuthType authType = "none";
  /** The IP version asked of the network (PDP type), "IPv4v6" when absent; the network may grant
      only one of the two. */
  IpAddressType ipAddrType = "IPv4v6";
  /** Static IPv4 or IPv6 address to ask for; absent means the network assigns one (the usual case). */
  DOMString ipAddress;
  /** DNS server to use instead of the network's, IPv4 or IPv6; absent means the network's. */
  DOMString primaryDns;
  /** Second DNS server, used when the primary does not answer; absent means the network's. */
  DOMString secondaryDns;
  /** How long a connection attempt with this profile may take before it fails, in s; absent means
      the device's default (commonly 30 to 60 s). */
  unsigned long timeout;
  /** True for a profile the operator provisioned (e.g. from the UICC or by OMA DM): it cannot be
      updated or deleted (0x00000004), only used. False when absent. */
  boolean readOnly = false;
};

/** A cellular profile as CMAPI_Cellular_CreateProfile and CMAPI_Cellular_UpdateProfile take it: the
    members of CellularProfile that an application sets, with the password, which is write-only. */
dictionary CellularProfileSettings {
  /** The profile's name, unique on the device and matched exactly (case included); 1 character or
      more, devices commonly allow up to 32 (0x00002002 when the device refuses it). To rename a
      profile, create one and delete the old. */
  required DOMString profileName;
  /** The access point name (3GPP TS 23.003 section 9): dot-separated labels of letters, digits and
      hyphens, up to 100 characters (e.g. "internet"). "" lets the network choose its default APN
      (LTE attach). 0x00002104 when malformed. */
  required DOMString apn;
  /** What the profile is for; "internet" when absent. */
  ProfileType profileType = "internet";
  /** The user name for PAP/CHAP, as the operator gives it; ignored when authType is "none". */
  DOMString userName;
  /** The password for PAP/CHAP; write-only: stored, never returned. In an update, absent keeps the
      stored password and "" removes it. */
  DOMString password;
  /** How the device authenticates to the network; "none" when absent. */
  AuthType authType = "none";
  /** The IP version to ask of the network (PDP type); "IPv4v6" (dual stack) when absent. */
  IpAddressType ipAddrType = "IPv4v6";
  /** Static IPv4 or IPv6 address to ask for; leave it out unless the operator assigned one. */
  DOMString ipAddress;
  /** DNS server to use instead of the network's, IPv4 or IPv6; absent means the network's. */
  DOMString primaryDns;
  /** Second DNS server, used when the primary does not answer; absent means the network's. */
  DOMString secondaryDns;
  /** How long a connection attempt with this profile may take before it fails, in s; absent means
      the device's default (commonly 30 to 60 s). 0x0000210B when the device does not accept it. */
  unsigned long timeout;
};

/** The device's cellular profiles (seed counting style). */
dictionary CellularProfileList {
  /** The number of profiles in profileList. */
  required unsigned long profileListElements;
  /** The profiles, in the order the device stores them. */
  required sequence<CellularProfile> profileList;
  /** The profile CMAPI_Connection_Connect uses when given none; absent when no default is set. */
  DOMString defaultProfileName;
};

/** What CMAPI_Cellular_GetDefaultProfile returns. */
dictionary ProfileName {
  /** The name of an existing profile. */
  required DOMString profileName;
};

/** The device's registration to the cellular network. */
dictionary RegistrationInfo {
  /** Whether and how the device is registered. */
  required RegistrationState state;
  /** The network registered on (or that denied the registration); absent when there is none. */
  Plmn plmn;
  /** The network's name as the device would show it: from the network (NITZ) or the UICC (EONS,
      SPN), else from the device's operator table; absent when unknown. */
  DOMString operatorName;
  /** The technology of the registration; absent when not registered. */
  RadioTechnology radioTechnology;
  /** When state is "denied": the network's reject cause, 0..255 (3GPP TS 24.008/24.301/24.501,
      e.g. 2 IMSI unknown, 3 illegal UE, 6 illegal ME, 7 EPS services not allowed, 11 PLMN not
      allowed, 13 roaming not allowed in this area, 15 no suitable cells). Absent otherwise. */
  unsigned short rejectCause;
};

/** An operator found by CMAPI_Cellular_ScanOperators. */
dictionary OperatorInfo {
  /** The operator's network, to pass to CMAPI_Cellular_SelectNetwork as mcc followed by mnc. */
  required Plmn plmn;
  /** The operator's long name (up to 16 characters in 3GPP TS 27.007 +COPS), e.g. "T-Mobile"; the
      PLMN digits when the device knows no name. */
  required DOMString longName;
  /** The short name (up to 8 characters), when known. */
  DOMString shortName;
  /** Whether the operator can be selected. */
  required OperatorStatus status;
  /** The technologies on which the operator was found; an operator found on several appears once. */
  required sequence<RadioTechnology> radioTechnologies;
};

/** The operators found by a scan (seed counting style). */
dictionary OperatorList {
  /** The number of operators in operatorList. */
  required unsigned long operatorListElements;
  /** The operators, strongest signal first where the device knows it; empty when none was found. */
  required sequence<OperatorInfo> operatorList;
};

/** How the device selects its network. */
dictionary NetworkSelection {
  /** The selection mode in force. */
  required NetworkSelectionMode mode;
  /** The chosen network in "manual" and "manual_automatic" modes; absent in "automatic". */
  Plmn plmn;
};

/** The radio technologies the device prefers. */
dictionary BearerPreference {
  /** Technologies in order of preference, most preferred first; technologies left out are not used
      (e.g. ["LTE", "WCDMA_UMTS"] never falls back to GSM). */
  required sequence<RadioTechnology> bearers;
};

/** Whether the device makes data connections away from its home network. */
dictionary RoamingPolicy {
  /** Data connections allowed on a network of another country (international roaming); devices
      ship with false. Voice, SMS and registration are not affected. */
  required boolean dataRoamingAllowed;
  /** Data connections allowed on another network of the home country (national roaming). */
  required boolean nationalRoamingAllowed;
};

/** The subscriber's identity, read from the UICC. A member is absent when the card does not hold it. */
dictionary SubscriberInfo {
  /** The IMSI: MCC, MNC and subscriber number, 6 to 15 digits (3GPP TS 23.003), e.g. "310260000000001". */
  DOMString imsi;
  /** The subscriber's phone number from the UICC's MSISDN file: digits, with a leading "+" when the
      card stores it in international form ("+15551234567"), at most 15 digits; many cards do not
      store it. */
  DOMString msisdn;
  /** The home network, from the IMSI (the MNC length read from the UICC). */
  Plmn homePlmn;
};

/** Cellular profiles (APNs), registration and operator selection. */
[Exposed=Window, SCR="7.4"]
interface CmapiCellular {
  /** Lists the device's cellular profiles. A device without 3GPP radio (CDMA2000 only) has none and
      answers 0x00000109. */
  [Result=CellularProfileList, Errors=(0x00000101, 0x00000109)]
  undefined CMAPI_Cellular_GetProfileList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns one profile, without its password. */
  [Result=CellularProfile, Errors=(0x00000101, 0x00000109, 0x00002001)]
  undefined CMAPI_Cellular_GetProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Creates a profile; each invalid member is reported by its own code (0x000021xx). */
  [Errors=(0x00000101, 0x00000109, 0x00002002, 0x00002003, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B)]
  undefined CMAPI_Cellular_CreateProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new profile; its name must not exist yet (0x00002003). */
    CellularProfileSettings profile,
    ResultCallback cb);
  /** Replaces the settings of the profile of the same name: members left out take their defaults,
      except the password, which is kept. A profile in use (0x00002004) or read-only (0x00000004)
      cannot be updated. */
  [Errors=(0x00000101, 0x00000109, 0x00002001, 0x00002004, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B)]
  undefined CMAPI_Cellular_UpdateProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's new settings; profileName names the profile to update. */
    CellularProfileSettings profile,
    ResultCallback cb);
  /** Deletes a profile. A profile in use (0x00002004) or read-only (0x00000004) cannot be deleted;
      deleting the default profile leaves no default. */
  [Errors=(0x00000101, 0x00000109, 0x00002001, 0x00002004)]
  undefined CMAPI_Cellular_DeleteProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Makes a profile the one CMAPI_Connection_Connect and auto-connect use when given none. */
  [Errors=(0x00000101, 0x00000109, 0x00002001)]
  undefined CMAPI_Cellular_SetDefaultProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's name, matched exactly. */
    DOMString profileName,
    ResultCallback cb);
  /** Returns the default profile's name; 0x00002005 when none is set. */
  [Result=ProfileName, Errors=(0x00000101, 0x00000109, 0x00002005)]
  undefined CMAPI_Cellular_GetDefaultProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the network registration state; changes are also reported by
      CMAPI_Callback_RegistrationChanged. */
  [Result=RegistrationInfo, Errors=(0x00000101, 0x00000132)]
  undefined CMAPI_Cellular_GetRegistrationState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Scans for the operators in range (3GPP TS 27.007 +COPS=?). A scan takes 30 s to 3 minutes and
      many modems cannot scan during a data connection (0x00000010): "received" when the scan is
      accepted, "processing" while the bands are searched, then the list. */
  [Result=OperatorList, Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000010, 0x00000132)]
  undefined CMAPI_Cellular_ScanOperators(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Selects the operator automatically, or registers on the given PLMN in manual mode. Registration
      can take up to a few minutes: "received" when the request is accepted, "processing" while the
      device registers; the final response comes once it is registered, or with the error. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000010, 0x00003101, 0x00003102)]
  undefined CMAPI_Cellular_SelectNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** How to select: "automatic", or "manual"/"manual_automatic" with plmnId. */
    NetworkSelectionMode mode,
    /** The network for the manual modes, as MCC and MNC digits ("310260", or "20801" for a 2-digit
        MNC); required in the manual modes (0x00003102 when absent or unknown), ignored in "automatic". */
    optional DOMString plmnId,
    ResultCallback cb);
  /** Returns the network selection mode and, in manual mode, the selected PLMN. */
  [Result=NetworkSelection, Errors=(0x00000101, 0x00000109)]
  undefined CMAPI_Cellular_GetNetworkSelection(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the preferred radio technologies in order; the device may re-register on another technology. */
  [Errors=(0x00000101, 0x00000105, 0x00003103)]
  undefined CMAPI_Cellular_SetBearerPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Technologies in order of preference, at least one, each at most once; a technology the device
        lacks answers 0x00000105, a combination it cannot apply (e.g. ["NR"] alone on an NSA-only
        modem) 0x00003103. */
    sequence<RadioTechnology> bearers,
    ResultCallback cb);
  /** Returns the preferred radio technologies. */
  [Result=BearerPreference, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetBearerPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets whether data connections are allowed while roaming; a connection up on a network that the
      new policy forbids is ended. */
  [Errors=(0x00000101)]
  undefined CMAPI_Cellular_SetRoamingPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new policy; both members are set. */
    RoamingPolicy policy,
    ResultCallback cb);
  /** Returns the roaming policy. */
  [Result=RoamingPolicy, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetRoamingPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the subscriber identity read from the UICC; 0x00000135 when the card gives no IMSI
      (not inserted, locked by PIN, or not readable). */
  [Result=SubscriberInfo, Errors=(0x00000101, 0x00000135, 0x00000501, 0x00000502)]
  undefined CMAPI_Cellular_GetSubscriberInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.5 Connection management
// ---------------------------------------------------------------------------------------------

/** Where a data connection (or a secondary PDP context) is in its life cycle. */
enum ConnectionState {
  /** No connection; nothing is being set up. */
  "disconnected",
  /** Being set up (attach, PDP/PDN activation, Wi-Fi association, DHCP); no traffic yet. */
  "connecting",
  /** Up: the device has an address and carries traffic. */
  "connected",
  /** Being released; no new traffic. */
  "disconnecting",
  /** Up but not carrying traffic for now, addresses kept: e.g. GPRS during a voice call without DTM,
      or a short loss of coverage. It returns to "connected" without a new connect. */
  "suspended"
};

/** The kind of a connection. */
enum ConnectionType {
  /** A cellular packet data connection (PDP context / PDN connection) through a profile. */
  "cellular",
  /** A Wi-Fi connection as a station (client). */
  "wlan",
  /** A wired Ethernet link. */
  "ethernet",
  /** A link to a host through USB or Bluetooth tethering. */
  "tethered",
  /** A Wi-Fi Direct (P2P) link to another device (managed by the P2P functions, section 7.20). */
  "p2p"
};

/** The UMTS QoS traffic class (3GPP TS 23.107), which the network maps to its own classes (LTE QCI). */
enum TrafficClass {
  /** Voice and video calls: lowest delay, guaranteed bit rate. */
  "conversational",
  /** One-way audio or video: guaranteed bit rate, some delay tolerated. */
  "streaming",
  /** Request and response traffic (web browsing): priority, no guaranteed rate. */
  "interactive",
  /** Bulk traffic (e-mail, downloads): best effort, lowest priority. */
  "background"
};

/** The state of the device's data connection (the cellular one when it has several). */
dictionary ConnectionStatus {
  /** Where the connection is in its life cycle; the other members are absent when "disconnected". */
  required ConnectionState state;
  /** The connection's id (as in GetConnectionList), while it is connecting or up. */
  unsigned long connectionId;
  /** The kind of connection: "cellular" whenever a cellular connection exists, else the one the
      device has. */
  ConnectionType connectionType;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The APN in use, as the network confirmed it (it may differ from the profile's, e.g. when the
      profile's was empty); cellular only. */
  DOMString apn;
  /** The technology carrying the connection now; it may change while connected. */
  RadioTechnology radioTechnology;
  /** Time since the connection came up, in s; absent while connecting. */
  unsigned long duration;
  /** The addresses the connection has; absent until they are assigned. */
  IpConfiguration ipConfiguration;
};

/** One connection of a device. */
dictionary ConnectionInfo {
  /** The connection's id, unique on the device while the connection exists (ids are reused later);
      CMAPI_Connection_Disconnect takes it. */
  required unsigned long connectionId;
  /** The kind of connection; it says whether profileName (cellular) or ssid (wlan) is present. */
  required ConnectionType connectionType;
  /** Where the connection is in its life cycle. */
  required ConnectionState state;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The Wi-Fi network joined; absent for other connection types. */
  Ssid ssid;
};

/** The device's connections (seed counting style). */
dictionary ConnectionList {
  /** The number of connections in connectionList. */
  required unsigned long connectionListElements;
  /** Every connection that is not "disconnected", of every type; empty when there is none. */
  required sequence<ConnectionInfo> connectionList;
};

/** What CMAPI_Connection_GetCurrentAPN and CMAPI_InfoStatus_GetCurrentAPN return. */
dictionary ApnInfo {
  /** The APN in use, as the network confirmed it (3GPP TS 23.003 section 9, e.g. "internet"). */
  required DOMString apn;
};

/** Whether and how the device connects by itself. */
dictionary AutoConnectSetting {
  /** True: the device brings up a cellular connection whenever it is registered and none is up
      (after power-on, after a drop), without an application asking. */
  required boolean enabled;
  /** The profile to connect with; absent means the default profile at the time of connecting. */
  DOMString profileName;
  /** Also connect by itself while roaming (still subject to the roaming policy); false when absent. */
  boolean whileRoaming = false;
};

/** Quality of service asked for or granted (3GPP TS 23.107; 27.007 +CGEQREQ/+CGEQNEG). Bit rates
    are in kbit/s; a rate left out means the subscribed value (request) or not reported (result). */
dictionary QosParameters {
  /** The traffic class: it sets the priority and whether the guaranteed bit rates apply. */
  required TrafficClass trafficClass;
  /** Maximum uplink bit rate, in kbit/s. */
  unsigned long maxBitrateUL;
  /** Maximum downlink bit rate, in kbit/s. */
  unsigned long maxBitrateDL;
  /** Guaranteed uplink bit rate, in kbit/s; meaningful for "conversational" and "streaming" only. */
  unsigned long guaranteedBitrateUL;
  /** Guaranteed downlink bit rate, in kbit/s; meaningful for "conversational" and "streaming" only. */
  unsigned long guaranteedBitrateDL;
  /** The QoS class identifier, 1..255: LTE QCI (1-9 standardized in TS 23.203, 65-85 later
      releases, 128-254 operator specific) or NR 5QI; absent when the network gave none. */
  octet qci;
};

/** A secondary PDP context: a second bearer with its own QoS on the address of a primary connection. */
dictionary SecondaryContext {
  /** The context's id, as ActivateSecondaryContext returned it; DeactivateSecondaryContext takes it. */
  required unsigned long contextId;
  /** The connectionId of the primary connection it belongs to; it ends with that connection. */
  required unsigned long primaryConnectionId;
  /** Where the context is in its life cycle. */
  required ConnectionState state;
  /** The QoS the network granted (may be less than asked). */
  required QosParameters qos;
  /** The traffic flow template's packet filters, each as the parameters of 3GPP TS 27.007 +CGTFT
      after the cid (e.g. 1,0,"10.0.0.1.255.255.255.255",17,,"5000.5001"); absent when
      every packet of the address may use the context. */
  sequence<DOMString> packetFilters;
};

/** The device's secondary PDP contexts (seed counting style). */
dictionary SecondaryContextList {
  /** The number of contexts in contextList. */
  required unsigned long contextListElements;
  /** The contexts, active or being set up or released; empty when there is none. */
  required sequence<SecondaryContext> contextList;
};

/** What CMAPI_Connection_ActivateSecondaryContext returns. */
dictionary SecondaryContextId {
  /** The new context's id, valid until it is deactivated or its primary connection ends. */
  required unsigned long contextId;
};

/** What CMAPI_Connection_Connect returns. */
dictionary ConnectionId {
  /** The new connection's id, valid until it is disconnected; CMAPI_Connection_Disconnect takes it. */
  required unsigned long connectionId;
};

/** One entry of the device's connection history: a connection that was up (or is up) since the
    history was last cleared. Devices keep at least the last 10; the oldest are dropped first. */
dictionary ConnectionRecord {
  /** Where the record is stored: the index GetRecordIndexes lists and GetRecord takes. */
  required unsigned long index;
  /** The kind of connection; it says whether profileName (cellular) or ssid (wlan) is present. */
  required ConnectionType connectionType;
  /** The id the connection had while it was up; ids are reused, so it names a connection only
      together with startTime. */
  required unsigned long connectionId;
  /** The cellular profile used; absent for other connection types. */
  DOMString profileName;
  /** The APN used, as the network confirmed it; cellular only. */
  DOMString apn;
  /** The Wi-Fi network joined; absent for other connection types. */
  Ssid ssid;
  /** The technology that carried the connection when it came up. */
  RadioTechnology radioTechnology;
  /** When the connection came up, RFC 3339 in UTC ("2026-01-01T12:00:00Z"). */
  required DOMString startTime;
  /** When it ended, RFC 3339 in UTC; absent while the connection is up. */
  DOMString endTime;
  /** How long it was (or has been) up, in s. */
  required unsigned long duration;
  /** Data sent over the connection, in bytes. */
  unsigned long long bytesSent;
  /** Data received over the connection, in bytes. */
  unsigned long long bytesReceived;
  /** Why it ended: 0 when an application or the user disconnected, otherwise the Table 4 code of
      the failure (e.g. 0x00000005 no service); absent while the connection is up. */
  CmapiCode endReason;
};

/** Data connections: connect, disconnect, status, auto-connect, QoS and secondary PDP contexts. */
[Exposed=Window, SCR="7.5"]
interface CmapiConnection {
  /** Starts a data connection with the given (or the default) profile. Setting it up takes from
      about a second to the profile's timeout: "received" when the request is accepted, "processing"
      while the device attaches and activates the bearer, then the final response with the
      connection id once an address is assigned, or the error. CMAPI_Callback_ConnectionStateChanged
      reports the same stages. */
  [Result=ConnectionId, Interim, Exclusive, Errors=(0x00000101, 0x00000130, 0x00000132, 0x00002001, 0x00002005, 0x00002202, 0x00003001, 0x00003006, 0x00003009, 0x0000300A, 0x00006008)]
  undefined CMAPI_Connection_Connect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The cellular profile to use; absent means the default profile (0x00002005 when none is set).
        0x00002202 when the network does not grant the profile's IP version (e.g. IPv6 asked, only
        IPv4 allowed), 0x00006008 when it rejects the profile's credentials. */
    optional DOMString profileName,
    /** The kind of connection to bring up; absent means "cellular". "wlan" joins the best known
        Wi-Fi network; "p2p" is refused with 0x00003009 (use the P2P functions). 0x00003006 when
        there is no network (or peer) to connect to. */
    optional ConnectionType connectionType,
    ResultCallback cb);
  /** Ends a data connection (and its secondary contexts). */
  [Exclusive, Errors=(0x00000101, 0x00003002, 0x00003005)]
  undefined CMAPI_Connection_Disconnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The connection to end, from Connect or GetConnectionList; absent means every connection of
        the device. 0x00003002 when there is no such connection, 0x00003005 when it is already
        being released. */
    optional unsigned long connectionId,
    ResultCallback cb);
  /** Cancels a connection attempt in progress; the Connect call then ends with an error. */
  [Errors=(0x00000101, 0x00003004)]
  undefined CMAPI_Connection_CancelConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the state of the device's data connection (the cellular one when it has several). */
  [Result=ConnectionStatus, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the device's connections of every type that are not disconnected. */
  [Result=ConnectionList, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetConnectionList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the APN of the current cellular connection; 0x00003008 when there is none. */
  [Result=ApnInfo, Errors=(0x00000101, 0x00000109, 0x00003008)]
  undefined CMAPI_Connection_GetCurrentAPN(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets whether the device connects by itself when it can; takes effect at the next chance to
      connect (a connection up is not ended). */
  [Errors=(0x00000101, 0x00002001)]
  undefined CMAPI_Connection_SetAutoConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The new setting; a profileName that does not exist answers 0x00002001. */
    AutoConnectSetting setting,
    ResultCallback cb);
  /** Returns the auto-connect setting. */
  [Result=AutoConnectSetting, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetAutoConnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Asks the network for QoS on the cellular connection; the network may grant less (GetQoS).
      0x00000111 when no cellular connection is up. */
  [Errors=(0x00000101, 0x00000109, 0x00000013, 0x00000111)]
  undefined CMAPI_Connection_SetQoS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The QoS asked for; 0x00000013 when the device or network cannot negotiate QoS. */
    QosParameters qos,
    ResultCallback cb);
  /** Returns the QoS the network granted to the cellular connection; 0x00000111 when no cellular
      connection is up. */
  [Result=QosParameters, Errors=(0x00000101, 0x00000109, 0x00000111)]
  undefined CMAPI_Connection_GetQoS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Creates and activates a secondary PDP context on the cellular connection. Activation is
      negotiated with the network: "received", then "processing" while it is, then the context id
      or the error. 0x00003201 when no cellular connection is up. */
  [Result=SecondaryContextId, Interim, Exclusive, Errors=(0x00000101, 0x00000109, 0x00000013, 0x00003201, 0x00003203, 0x00003204)]
  undefined CMAPI_Connection_ActivateSecondaryContext(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The QoS asked for the context. */
    QosParameters qos,
    /** The packet filters of its traffic flow template, in the form SecondaryContext.packetFilters
        describes; absent means every packet of the connection's address may use it. */
    optional sequence<DOMString> packetFilters,
    ResultCallback cb);
  /** Deactivates a secondary PDP context; its traffic goes back to the primary connection. */
  [Exclusive, Errors=(0x00000101, 0x00000109, 0x00003202, 0x00003205, 0x00003206, 0x00003207)]
  undefined CMAPI_Connection_DeactivateSecondaryContext(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The context, from ActivateSecondaryContext or GetSecondaryContextList. */
    unsigned long contextId,
    ResultCallback cb);
  /** Lists the secondary PDP contexts; 0x00003201 when no cellular connection is up. */
  [Result=SecondaryContextList, Errors=(0x00000101, 0x00000109, 0x00003201)]
  undefined CMAPI_Connection_GetSecondaryContextList(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the order in which connection types are tried when the device (or auto-connect) chooses
      one, e.g. Wi-Fi before cellular. */
  [Errors=(0x00000101, 0x00003009)]
  undefined CMAPI_Connection_SetConnectionPriority(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Connection types, most preferred first, each at most once; types left out are tried last.
        0x00003009 for a type the device cannot connect with. */
    sequence<ConnectionType> priority,
    ResultCallback cb);
  /** Lists the indexes of the device's connection history, oldest first. */
  [Result=IndexList, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetRecordIndexes(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns one record of the connection history; 0x00003007 when no record has that index (never
      stored, or dropped as the history filled up). */
  [Result=ConnectionRecord, Errors=(0x00000101, 0x00003007)]
  undefined CMAPI_Connection_GetRecord(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The record's index, from GetRecordIndexes. */
    unsigned long index,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.6 Network management
// ---------------------------------------------------------------------------------------------

/** The radio frequency use of one active radio (the seed's GetRFInfo example). */
dictionary RFInfo {
  /** The radio's technology (the seed names this member with a capital R). */
  required RadioTechnology Radio;
  /** The highest uplink rate the current radio configuration allows (device category, carriers,
      modulation), in kbit/s; not measured throughput. */
  required unsigned long maxDataRateUL;
  /** The highest downlink rate the current radio configuration allows, in kbit/s; not measured
      throughput. */
  required unsigned long maxDataRateDL;
  /** The band in use, as the device names it: a FrequencyBand name ("B3", "n78") where it can, the
      seed's example writes "1900 PCS"; bands of aggregated carriers comma-separated. */
  required DOMString frequencyBand;
  /** Uplink channel numbers: ARFCN (GSM), UARFCN (UMTS), EARFCN (LTE), NR-ARFCN (NR), channel
      number (CDMA2000) or channel (Wi-Fi); several carriers comma-separated ("333,444"). */
  required DOMString channelNumberUL;
  /** Downlink channel numbers, as channelNumberUL; the same as uplink for TDD and Wi-Fi. */
  required DOMString channelNumberDL;
};

/** The RF information of every active radio (seed counting style). */
dictionary RFInfoResult {
  /** The number of radios in RFInfoList. */
  required unsigned long RFInfoListElements;
  /** One entry per active radio (e.g. LTE and NR both under EN-DC, and Wi-Fi); empty when every
      radio is idle. */
  required sequence<RFInfo> RFInfoList;
};

/** Signal measurements of the serving cell (or access point). Each technology reports its own
    measurements; members it lacks are absent (e.g. rsrp on UMTS, ecio on LTE). The ranges, which
    the schema enforces, are the 3GPP reporting ranges (TS 25.133, 36.133, 38.133) where 3GPP gives
    one. */
dictionary SignalStrength {
  /** The technology measured; it says which of the optional members are present. */
  required RadioTechnology radioTechnology;
  /** Received signal strength, in dBm (-128..0): GSM (-113..-51 as +CSQ reports it), UMTS carrier
      RSSI, CDMA2000, Wi-Fi (-90 weak, -30 very strong). Often absent on LTE and NR, which report
      rsrp or ssRsrp instead; when present there, it is the RSSI of the whole carrier. */
  long rssi;
  /** Signal level for display, 0 (no signal) to 5 (excellent), by the device's own mapping of its
      measurements; the same device always maps the same values to the same bars. */
  required octet bars;
  /** LTE reference signal received power, in dBm (-156..-31; devices mostly report -140..-44:
      above -80 excellent, below -110 poor). */
  long rsrp;
  /** LTE reference signal received quality, in dB (-34..2.5, in 0.5 dB steps; usually -19.5..-3:
      above -10 good, below -15 poor). */
  double rsrq;
  /** LTE signal to interference plus noise ratio, in dB (-23..40; above 20 excellent, below 0 poor). */
  double sinr;
  /** UMTS or CDMA2000 pilot energy to interference ratio Ec/Io, in dB (-32..0; above -6 good,
      below -15 poor). */
  double ecio;
  /** UMTS received signal code power RSCP, in dBm (-120..-24; above -75 excellent, below -105 poor). */
  long rscp;
  /** NR SS reference signal received power, in dBm (-156..-31; above -80 excellent, below -110 poor). */
  long ssRsrp;
  /** NR SS reference signal received quality, in dB (-43..20, in 0.5 dB steps). */
  double ssRsrq;
  /** NR SS signal to interference plus noise ratio, in dB (-23..40). */
  double ssSinr;
};

/** A cell the device serves on or measures. Identifiers a technology lacks are absent. */
dictionary CellInfo {
  /** The cell's technology. */
  required RadioTechnology radioTechnology;
  /** The network the cell belongs to; for neighbours often absent (only the serving cell's is read). */
  Plmn plmn;
  /** The cell identity (CellIdentity: 16 bits GSM, 28 bits UMTS and LTE, 36 bits NR; the base
      station id for CDMA2000); neighbours often report only physicalCellId. */
  CellIdentity cellId;
  /** The location area code, GSM and UMTS, 0..65535. */
  unsigned long locationAreaCode;
  /** The tracking area code, 0..65535 for LTE and 0..16777215 (24 bits) for NR. */
  unsigned long trackingAreaCode;
  /** The physical-layer id, 0..1007: LTE PCI (0..503), NR PCI (0..1007), UMTS primary scrambling
      code (0..511), GSM BSIC (0..63), CDMA2000 PN offset (0..511). */
  unsigned long physicalCellId;
  /** The channel number, 0..3279165: ARFCN (GSM), UARFCN (UMTS), EARFCN (LTE), NR-ARFCN (NR). */
  unsigned long channel;
  /** Received signal strength, in dBm (-128..0); GSM, UMTS and CDMA2000 cells (LTE and NR cells
      report rsrp or ssRsrp instead). */
  long rssi;
  /** LTE reference signal received power, in dBm (-156..-31); LTE only. */
  long rsrp;
  /** LTE reference signal received quality, in dB (-34..2.5); LTE only. */
  double rsrq;
  /** NR SS reference signal received power, in dBm (-156..-31); NR only. */
  long ssRsrp;
  /** NR SS reference signal received quality, in dB (-43..20); NR only. */
  double ssRsrq;
};

/** The cells the device measures (seed counting style). */
dictionary CellList {
  /** The number of cells in cellList. */
  required unsigned long cellListElements;
  /** The cells, strongest first where the device knows it; empty when none is measured. */
  required sequence<CellInfo> cellList;
};

/** The serving system. */
dictionary SystemInfo {
  /** The serving system's id as digits: the PLMN (MCC and MNC, "310260") on 3GPP networks, the
      SID in decimal (1..32767, e.g. "4183") on CDMA2000. */
  required DOMString systemId;
  /** The technology of the serving system. */
  required RadioTechnology radioTechnology;
  /** True when the serving system is not the home one (another PLMN, or a SID not in the home list). */
  required boolean roaming;
  /** True when the device has full service; false with no or limited (emergency only) service. */
  required boolean serviceAvailable;
};

/** What CMAPI_Network_GetSupportedBands and CMAPI_Network_GetBandPreference return (seed counting
    style). */
dictionary BandList {
  /** The number of bands in bandList. */
  required unsigned long bandListElements;
  /** The bands, each once, in no particular order; for a band preference, empty means no restriction. */
  required sequence<FrequencyBand> bandList;
};

/** Radio information: RF, signal, cells, serving system, bands and network time. */
[Exposed=Window, SCR="7.6"]
interface CmapiNetwork {
  /** Returns the radio frequency information of each active radio. */
  [Result=RFInfoResult, Errors=(0x00000101, 0x00000132)]
  undefined CMAPI_Network_GetRFInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the current signal strength; CMAPI_Callback_SignalStrengthChanged reports changes.
      0x00000005 when no cell is found. */
  [Result=SignalStrength, Errors=(0x00000101, 0x00000005, 0x00000132)]
  undefined CMAPI_Network_GetSignalStrength(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving cell; 0x00000005 when the device camps on none. */
  [Result=CellInfo, Errors=(0x00000101, 0x00000005, 0x00000132)]
  undefined CMAPI_Network_GetServingCell(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the neighbouring cells the device measures; 0x00000011 when the device does not report
      them. */
  [Result=CellList, Errors=(0x00000101, 0x00000011, 0x00000132)]
  undefined CMAPI_Network_GetNeighborCells(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the serving system; 0x00000005 when there is none. */
  [Result=SystemInfo, Errors=(0x00000101, 0x00000005)]
  undefined CMAPI_Network_GetSystemInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the time the network last sent (3GPP NITZ, CDMA2000 system time); 0x00000011 when the
      network has sent none since registration (many networks never do). */
  [Result=DateTime, Errors=(0x00000101, 0x00000011)]
  undefined CMAPI_Network_GetNetworkTime(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns every frequency band the device's hardware supports. */
  [Result=BandList, Errors=(0x00000101)]
  undefined CMAPI_Network_GetSupportedBands(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Restricts the device to the given bands; it may lose registration while it searches them again. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000120)]
  undefined CMAPI_Network_SetBandPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The bands to use, from GetSupportedBands; empty removes the restriction. A band the device
        does not support answers 0x00000120. */
    sequence<FrequencyBand> bands,
    ResultCallback cb);
  /** Returns the band restriction; an empty list means none. */
  [Result=BandList, Errors=(0x00000101)]
  undefined CMAPI_Network_GetBandPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets which radio technologies are enabled; the others are switched off. */
  [Errors=(0x00000101, 0x00000106)]
  undefined CMAPI_Network_SetRadioMask(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to enable (RadioMask): 0xFF enables every radio the device has; a bit for a radio
        it lacks answers 0x00000106; 0 switches every radio off. */
    RadioMask radio,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.7 CDMA2000
// ---------------------------------------------------------------------------------------------

enum ActivationState { "not_activated", "activating", "activated", "failed" };

enum OmaDmSessionType { "client_initiated_prl", "client_initiated_device_config", "client_initiated_firmware", "network_initiated" };

enum OmaDmSessionState { "idle", "connecting", "authenticating", "in_progress", "completed", "failed", "paused" };

dictionary ActivationStatus {
  required ActivationState state;
  /** Failure reason text, when activation failed. */
  DOMString reason;
};

dictionary SpcCheck {
  required boolean valid;
};

dictionary NamInfo {
  /** Mobile directory number. */
  required DOMString mdn;
  /** Mobile identification number. */
  required DOMString min;
  required unsigned short sid;
  unsigned short nid;
};

dictionary PrlInfo {
  required unsigned short prlVersion;
  required unsigned short prlId;
};

dictionary MobileIpProfile {
  required unsigned short index;
  required boolean enabled;
  required DOMString nai;
  unsigned long haSpi;
  unsigned long aaaSpi;
  DOMString homeAddress;
  DOMString primaryHomeAgent;
  DOMString secondaryHomeAgent;
  boolean reverseTunneling;
  /** MN-HA shared secret. */
  DOMString mnHa;
  /** MN-AAA shared secret. */
  DOMString mnAaa;
  octet retryLimit;
  octet retryInterval;
  unsigned short reregPeriod;
  boolean reregTraffic;
  boolean haAuthenticator;
  boolean ha2002bis;
};

dictionary HdrSettings {
  required boolean forceRev0;
  required boolean customScp;
  unsigned long protocol;
  unsigned long broadcast;
  unsigned long application;
};

dictionary OmaDmSession {
  required unsigned long sessionId;
  required OmaDmSessionType sessionType;
  required OmaDmSessionState state;
  DOMString failureReason;
  unsigned short retryCount;
};

dictionary OmaDmSessionId {
  required unsigned long sessionId;
};

dictionary Accolc {
  /** Access overload class, 0-15. */
  required octet accolc;
};

dictionary FeatureState {
  required boolean deviceConfigUpdate;
  required boolean prlUpdate;
  required boolean firmwareUpdate;
};

/** CDMA2000 activation, NAM, PRL, Mobile IP, HDR and OMA-DM sessions. */
[Exposed=Window, SCR="7.7"]
interface CmapiCDMA {
  /** Activates the device over the air with an activation code (e.g. "*22899"). */
  [Result=ActivationStatus, Exclusive, Errors=(0x00000101, 0x00000107, 0x00004004, 0x00004005)]
  undefined CMAPI_CDMA_Activate(DeviceId deviceId, DOMString activationCode, ResultCallback cb);
  /** Returns the activation state. */
  [Result=ActivationStatus, Errors=(0x00000101, 0x00000107)]
  undefined CMAPI_CDMA_GetActivationStatus(DeviceId deviceId, ResultCallback cb);
  /** Checks a service programming code. */
  [Result=SpcCheck, Errors=(0x00000101, 0x00004002, 0x00004003)]
  undefined CMAPI_CDMA_ValidateSPC(DeviceId deviceId, DOMString spc, ResultCallback cb);
  /** Returns the number assignment module. */
  [Result=NamInfo, Errors=(0x00000101, 0x00000107, 0x00004006)]
  undefined CMAPI_CDMA_GetNAM(DeviceId deviceId, optional octet index = 0, ResultCallback cb);
  /** Programs the number assignment module; needs the SPC. */
  [Exclusive, Errors=(0x00000101, 0x00004003, 0x00004006, 0x00004013, 0x00004014, 0x00004015)]
  undefined CMAPI_CDMA_SetNAM(DeviceId deviceId, DOMString spc, NamInfo nam, optional octet index = 0, ResultCallback cb);
  /** Returns the preferred roaming list's version. */
  [Result=PrlInfo, Errors=(0x00000101, 0x00000107)]
  undefined CMAPI_CDMA_GetPRLInfo(DeviceId deviceId, ResultCallback cb);
  /** Writes a preferred roaming list. */
  [Exclusive, Errors=(0x00000101, 0x00004003, 0x00004007, 0x00004008, 0x00004016)]
  undefined CMAPI_CDMA_WritePRL(DeviceId deviceId, DOMString spc, Base64 prl, ResultCallback cb);
  /** Returns a Mobile IP profile. */
  [Result=MobileIpProfile, Errors=(0x00000101, 0x00004006, 0x0000400B)]
  undefined CMAPI_CDMA_GetMobileIPProfile(DeviceId deviceId, unsigned short index, ResultCallback cb);
  /** Writes a Mobile IP profile. */
  [Errors=(0x00000101, 0x00004003, 0x00004006, 0x00004017, 0x00004018, 0x00004026, 0x00004027, 0x00004028, 0x00004029, 0x0000402A, 0x0000402B, 0x0000402C, 0x0000402D, 0x0000402E, 0x0000402F, 0x00004030, 0x00004031, 0x00004032, 0x00004033)]
  undefined CMAPI_CDMA_SetMobileIPProfile(DeviceId deviceId, DOMString spc, MobileIpProfile profile, ResultCallback cb);
  /** Returns the access overload class. */
  [Result=Accolc, Errors=(0x00000101)]
  undefined CMAPI_CDMA_GetAccolc(DeviceId deviceId, ResultCallback cb);
  /** Sets the access overload class; needs the SPC. */
  [Errors=(0x00000101, 0x00004003, 0x0000400C)]
  undefined CMAPI_CDMA_SetAccolc(DeviceId deviceId, DOMString spc, octet accolc, ResultCallback cb);
  /** Returns the HDR (EV-DO) settings. */
  [Result=HdrSettings, Errors=(0x00000101)]
  undefined CMAPI_CDMA_GetHDRSettings(DeviceId deviceId, ResultCallback cb);
  /** Writes the HDR (EV-DO) settings. */
  [Errors=(0x00000101, 0x0000400D, 0x0000400E, 0x0000400F, 0x00004010, 0x00004011)]
  undefined CMAPI_CDMA_SetHDRSettings(DeviceId deviceId, HdrSettings settings, ResultCallback cb);
  /** Sets the CDMA roaming preference: 0 home only, 1 affiliated, 2 any. */
  [Errors=(0x00000101, 0x00004012)]
  undefined CMAPI_CDMA_SetRoamingPreference(DeviceId deviceId, octet roaming, ResultCallback cb);
  /** Starts a client-initiated OMA-DM session. */
  [Result=OmaDmSessionId, Exclusive, Errors=(0x00000101, 0x00004019, 0x00004024)]
  undefined CMAPI_CDMA_StartOMADMSession(DeviceId deviceId, OmaDmSessionType sessionType, ResultCallback cb);
  /** Returns an OMA-DM session's state. */
  [Result=OmaDmSession, Errors=(0x00000101, 0x00004001, 0x0000401F)]
  undefined CMAPI_CDMA_GetOMADMSession(DeviceId deviceId, unsigned long sessionId, ResultCallback cb);
  /** Answers a network-initiated session's prompt: proceed, defer (for the given minutes) or reject. */
  [Errors=(0x00000101, 0x00004001, 0x0000401A, 0x0000401E, 0x00004020)]
  undefined CMAPI_CDMA_RespondOMADMSession(DeviceId deviceId, unsigned long sessionId, boolean proceed, optional unsigned long deferMinutes, ResultCallback cb);
  /** Cancels an OMA-DM session. */
  [Errors=(0x00000101, 0x00004001, 0x0000401A)]
  undefined CMAPI_CDMA_CancelOMADMSession(DeviceId deviceId, unsigned long sessionId, ResultCallback cb);
  /** Returns which OMA-DM update features are enabled. */
  [Result=FeatureState, Errors=(0x00000101)]
  undefined CMAPI_CDMA_GetFeatureState(DeviceId deviceId, ResultCallback cb);
  /** Enables or disables OMA-DM update features. */
  [Errors=(0x00000101, 0x00004021, 0x00004022, 0x00004023)]
  undefined CMAPI_CDMA_SetFeatureState(DeviceId deviceId, FeatureState state, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.8 Device services
// ---------------------------------------------------------------------------------------------

dictionary PowerStateInfo {
  required PowerState powerState;
};

dictionary RadioState {
  required RadioMask radio;
  required boolean on;
};

dictionary DeviceIdentity {
  DOMString imei;
  DOMString meid;
  DOMString esn;
  DOMString serialNumber;
  required DOMString manufacturer;
  required DOMString model;
  required DOMString firmwareVersion;
  DOMString hardwareVersion;
};

enum BatteryState { "not_present", "discharging", "charging", "full", "external_power" };

dictionary BatteryStatus {
  required BatteryState state;
  /** Charge in percent. */
  octet level;
};

dictionary ControlKey {
  /** The control key's identifier (3GPP or 3GPP2 specific). */
  required unsigned long keyId;
  required DOMString value;
};

/** Power, radio switches, identity, battery, control keys, reset. */
[Exposed=Window, SCR="7.8"]
interface CmapiDeviceService {
  /** Returns the device's power state. */
  [Result=PowerStateInfo, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetPowerState(DeviceId deviceId, ResultCallback cb);
  /** Sets the device's power state. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000130, 0x00000131, 0x00000133)]
  undefined CMAPI_DeviceService_SetPowerState(DeviceId deviceId, PowerState powerState, ResultCallback cb);
  /** Returns whether the given radios are switched on. */
  [Result=RadioState, Errors=(0x00000101, 0x00000105)]
  undefined CMAPI_DeviceService_GetRadioState(DeviceId deviceId, RadioMask radio, ResultCallback cb);
  /** Switches radios on or off; 0xFF means all. */
  [Exclusive, Errors=(0x00000101, 0x00000105, 0x00000130)]
  undefined CMAPI_DeviceService_SetRadioState(DeviceId deviceId, RadioMask radio, boolean on, ResultCallback cb);
  /** Returns the device's identity and versions. */
  [Result=DeviceIdentity, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetIdentity(DeviceId deviceId, ResultCallback cb);
  /** Returns the battery status. */
  [Result=BatteryStatus, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_DeviceService_GetBatteryStatus(DeviceId deviceId, ResultCallback cb);
  /** Reads a control key (e.g. a network lock). */
  [Result=ControlKey, Errors=(0x00000101, 0x00000210)]
  undefined CMAPI_DeviceService_GetControlKey(DeviceId deviceId, unsigned long keyId, ResultCallback cb);
  /** Writes a control key. */
  [Exclusive, Errors=(0x00000101, 0x00000210, 0x00000211)]
  undefined CMAPI_DeviceService_SetControlKey(DeviceId deviceId, ControlKey key, ResultCallback cb);
  /** Resets the device to factory defaults. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0xF0000001)]
  undefined CMAPI_DeviceService_FactoryReset(DeviceId deviceId, ResultCallback cb);
  /** Restarts the device. */
  [Exclusive, Errors=(0x00000101, 0x00000010)]
  undefined CMAPI_DeviceService_Reboot(DeviceId deviceId, ResultCallback cb);
  /** Returns the device's clock. */
  [Result=DateTime, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetTime(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.9 Device extended services
// ---------------------------------------------------------------------------------------------

enum FirmwareUpdateState { "idle", "checking", "downloading", "ready", "installing", "failed" };

dictionary FirmwareUpdateStatus {
  required FirmwareUpdateState state;
  DOMString availableVersion;
  /** Download progress in percent. */
  octet progress;
};

dictionary Temperature {
  /** Degrees Celsius. */
  required double celsius;
  boolean throttled;
};

dictionary LogChunk {
  required Base64 data;
  required boolean more;
};

dictionary ConfigurationItem {
  required DOMString name;
  required DOMString value;
};

dictionary AntennaInfo {
  required sequence<DOMString> antennas;
  required DOMString selected;
};

/** Vendor-side extras: firmware update, temperature, logs, configuration items, antennas. */
[Exposed=Window, SCR="7.9"]
interface CmapiDeviceExt {
  /** Returns the firmware update state. */
  [Result=FirmwareUpdateStatus, Errors=(0x00000101)]
  undefined CMAPI_DeviceExt_GetFirmwareUpdateStatus(DeviceId deviceId, ResultCallback cb);
  /** Checks for, downloads and installs a firmware update. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000130)]
  undefined CMAPI_DeviceExt_StartFirmwareUpdate(DeviceId deviceId, optional boolean installWhenReady = false, ResultCallback cb);
  /** Returns the device temperature. */
  [Result=Temperature, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_DeviceExt_GetTemperature(DeviceId deviceId, ResultCallback cb);
  /** Reads the device log from an offset. */
  [Result=LogChunk, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_DeviceExt_GetLog(DeviceId deviceId, optional unsigned long offset = 0, ResultCallback cb);
  /** Reads a vendor configuration item. */
  [Result=ConfigurationItem, Errors=(0x00000101, 0x00000120)]
  undefined CMAPI_DeviceExt_GetConfiguration(DeviceId deviceId, DOMString name, ResultCallback cb);
  /** Writes a vendor configuration item. */
  [Errors=(0x00000101, 0x00000120)]
  undefined CMAPI_DeviceExt_SetConfiguration(DeviceId deviceId, ConfigurationItem item, ResultCallback cb);
  /** Returns the antennas and the selected one. */
  [Result=AntennaInfo, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_DeviceExt_GetAntennaInfo(DeviceId deviceId, ResultCallback cb);
  /** Selects an antenna. */
  [Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_DeviceExt_SelectAntenna(DeviceId deviceId, DOMString antenna, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.10 PIN/PUK management
// ---------------------------------------------------------------------------------------------

enum PinType { "PIN1", "PIN2", "UPIN", "ADM", "NETWORK_LOCK" };

enum PinState { "disabled", "enabled_verified", "enabled_not_verified", "blocked", "permanently_blocked" };

dictionary PinStatus {
  required PinType pinType;
  required PinState state;
  required octet pinRetriesLeft;
  required octet pukRetriesLeft;
};

dictionary PinRetries {
  required octet pinRetriesLeft;
  required octet pukRetriesLeft;
};

dictionary PinTypeList {
  required sequence<PinType> pinTypes;
};

/** PIN verification, change, enable/disable and unblocking with the PUK. PIN/PUK errors are
    0x1001SW1SW2-0x1007SW1SW2 with the UICC status word in the low 16 bits. */
[Exposed=Window, SCR="7.10"]
interface CmapiPIN {
  /** Returns a PIN's state and retries left. */
  [Result=PinStatus, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000002)]
  undefined CMAPI_PIN_GetStatus(DeviceId deviceId, PinType pinType, ResultCallback cb);
  /** Verifies a PIN. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000002)]
  undefined CMAPI_PIN_Verify(DeviceId deviceId, PinType pinType, DOMString pin, ResultCallback cb);
  /** Changes a PIN. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000502, 0x10030000, 0x10040000, 0x10070000, 0x11000002)]
  undefined CMAPI_PIN_Change(DeviceId deviceId, PinType pinType, DOMString oldPin, DOMString newPin, ResultCallback cb);
  /** Enables PIN checking at power-up. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000502, 0x10010000, 0x10020000, 0x11000002)]
  undefined CMAPI_PIN_Enable(DeviceId deviceId, PinType pinType, DOMString pin, ResultCallback cb);
  /** Disables PIN checking at power-up. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000502, 0x10010000, 0x10020000, 0x11000002)]
  undefined CMAPI_PIN_Disable(DeviceId deviceId, PinType pinType, DOMString pin, ResultCallback cb);
  /** Unblocks a blocked PIN with its PUK and sets a new PIN. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000502, 0x10050000, 0x10060000, 0x10070000, 0x11000003)]
  undefined CMAPI_PIN_Unblock(DeviceId deviceId, PinType pukType, DOMString puk, DOMString newPin, ResultCallback cb);
  /** Returns the retries left for a PIN and its PUK. */
  [Result=PinRetries, Errors=(0x00000101, 0x00000502, 0x11000002)]
  undefined CMAPI_PIN_GetRetriesLeft(DeviceId deviceId, PinType pinType, ResultCallback cb);
  /** Lists the PIN types the card and device support. */
  [Result=PinTypeList, Errors=(0x00000101, 0x00000501)]
  undefined CMAPI_PIN_GetSupportedTypes(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.11 UICC
// ---------------------------------------------------------------------------------------------

enum UiccState { "absent", "present", "pin_required", "puk_required", "ready", "error" };

dictionary UiccStatus {
  required UiccState state;
  DOMString iccid;
};

dictionary UiccApplication {
  /** Application identifier, hex. */
  required DOMString aid;
  /** Network access application name (USIM, ISIM, CSIM...). */
  required DOMString naaName;
  DOMString label;
};

dictionary UiccApplicationList {
  required sequence<UiccApplication> applications;
};

dictionary ApduResponse {
  required Base64 data;
  /** Status word SW1SW2 as four hex digits (Table 5). */
  required DOMString statusWord;
};

dictionary LogicalChannel {
  required octet channel;
  Base64 selectResponse;
};

dictionary UiccFile {
  required Base64 data;
  required DOMString statusWord;
};

dictionary Atr {
  required Base64 atr;
};

/** Card status, applications, APDUs over logical channels, toolkit envelopes, files. */
[Exposed=Window, SCR="7.11"]
interface CmapiUICC {
  /** Returns the card's state and ICCID. */
  [Result=UiccStatus, Errors=(0x00000101, 0x00000501)]
  undefined CMAPI_UICC_GetStatus(DeviceId deviceId, ResultCallback cb);
  /** Returns the answer to reset. */
  [Result=Atr, Errors=(0x00000101, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_GetATR(DeviceId deviceId, ResultCallback cb);
  /** Lists the card's applications. */
  [Result=UiccApplicationList, Errors=(0x00000101, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_GetApplications(DeviceId deviceId, ResultCallback cb);
  /** Opens a logical channel to an application. */
  [Result=LogicalChannel, Errors=(0x00000101, 0x00000502, 0x11000001)]
  undefined CMAPI_UICC_OpenLogicalChannel(DeviceId deviceId, DOMString aid, ResultCallback cb);
  /** Closes a logical channel. */
  [Errors=(0x00000101, 0x00000502)]
  undefined CMAPI_UICC_CloseLogicalChannel(DeviceId deviceId, octet channel, ResultCallback cb);
  /** Sends a command APDU on a channel and returns the response APDU. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000502)]
  undefined CMAPI_UICC_TransmitAPDU(DeviceId deviceId, octet channel, Base64 apdu, ResultCallback cb);
  /** Reads an elementary file by path. */
  [Result=UiccFile, Errors=(0x00000101, 0x00000502)]
  undefined CMAPI_UICC_ReadFile(DeviceId deviceId, DOMString path, optional unsigned short offset = 0, optional unsigned short length, ResultCallback cb);
  /** Sends a toolkit ENVELOPE command. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000502, 0x00000551, 0x00000552)]
  undefined CMAPI_UICC_SendEnvelope(DeviceId deviceId, Base64 envelope, ResultCallback cb);
  /** Sets the terminal profile (the toolkit facilities the terminal supports). */
  [Errors=(0x00000101, 0x00000502, 0x00000553, 0x00000554)]
  undefined CMAPI_UICC_SetTerminalProfile(DeviceId deviceId, Base64 profile, ResultCallback cb);
  /** Answers a proactive command with a terminal response. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000502, 0x00000555)]
  undefined CMAPI_UICC_SendTerminalResponse(DeviceId deviceId, Base64 response, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.12 WLAN, with Hotspot 2.0 (Passpoint)
// ---------------------------------------------------------------------------------------------

enum WlanSecurity { "open", "WEP", "WPA_PERSONAL", "WPA2_PERSONAL", "WPA3_PERSONAL", "WPA_ENTERPRISE", "WPA2_ENTERPRISE", "WPA3_ENTERPRISE" };

enum WlanEncryption { "none", "WEP", "TKIP", "AES_CCMP", "GCMP" };

enum EapMethod { "EAP_TLS", "EAP_TTLS", "PEAP", "EAP_SIM", "EAP_AKA", "EAP_AKA_PRIME" };

enum WlanMode { "infrastructure", "adhoc" };

enum WlanConnectionState { "disconnected", "scanning", "associating", "authenticating", "obtaining_ip", "connected" };

enum WpsMethod { "push_button", "pin" };

enum WlanSecurityMode { "known_networks_only", "any_network", "secure_networks_only" };

dictionary EapConfiguration {
  required EapMethod method;
  DOMString identity;
  DOMString anonymousIdentity;
  DOMString password;
  /** CA certificate, DER BASE64. */
  Base64 caCertificate;
  Base64 clientCertificate;
  DOMString phase2Method;
};

dictionary WlanNetwork {
  /** Position in the known-networks list: lower connects first. */
  required unsigned long index;
  required DOMString ssid;
  DOMString bssid;
  DOMString friendlyName;
  required WlanSecurity security;
  WlanEncryption encryption;
  /** Pre-shared key or WEP key. Never returned in a result. */
  DOMString key;
  EapConfiguration eap;
  WlanMode mode = "infrastructure";
  boolean hidden = false;
  boolean autoConnect = true;
  /** True for an operator-provisioned network that cannot be modified. */
  boolean predefined = false;
};

dictionary WlanNetworkList {
  required unsigned long networkListElements;
  required sequence<WlanNetwork> networkList;
};

dictionary WlanScanEntry {
  required DOMString ssid;
  required DOMString bssid;
  required WlanSecurity security;
  /** dBm. */
  required long rssi;
  required unsigned short channel;
  /** MHz. */
  required unsigned long frequency;
  required boolean known;
  /** The access point advertises Hotspot 2.0 (Passpoint). */
  boolean passpoint = false;
};

dictionary WlanScanResult {
  required unsigned long scanListElements;
  required sequence<WlanScanEntry> scanList;
};

dictionary WlanStatus {
  required WlanConnectionState state;
  DOMString ssid;
  DOMString bssid;
  long rssi;
  unsigned short channel;
  /** Link speed in Mbit/s. */
  unsigned long linkSpeed;
  DOMString macAddress;
};

dictionary MacAddress {
  required DOMString macAddress;
};

dictionary WpsResult {
  /** The PIN the user enters on the access point, for the PIN method when none was given. */
  DOMString pin;
};

dictionary WlanSecurityPolicy {
  required WlanSecurityMode mode;
  required sequence<WlanEncryption> allowedEncryption;
};

dictionary PasspointCredential {
  required DOMString credentialId;
  /** Home service provider FQDN. */
  required DOMString fqdn;
  required DOMString friendlyName;
  required DOMString realm;
  required EapConfiguration eap;
  sequence<DOMString> roamingConsortiumOis;
};

dictionary PasspointCredentialList {
  required sequence<PasspointCredential> credentials;
};

dictionary PasspointStatus {
  required boolean enabled;
  DOMString connectedFqdn;
  DOMString venueName;
};

dictionary AnqpElement {
  required DOMString name;
  required DOMString value;
};

dictionary AnqpResponse {
  required DOMString bssid;
  required sequence<AnqpElement> elements;
};

/** Scanning, known networks and their security, connection, WPS, IP configuration, security
    policy and Hotspot 2.0 (Passpoint) credentials and ANQP queries. */
[Exposed=Window, SCR="7.12"]
interface CmapiWLAN {
  /** Starts a scan; the result lists the networks in range. */
  [Result=WlanScanResult, Exclusive, Errors=(0x00000101, 0x00000104, 0x00000132)]
  undefined CMAPI_WLAN_Scan(DeviceId deviceId, optional DOMString ssid, ResultCallback cb);
  /** Returns the last scan's result without scanning again. */
  [Result=WlanScanResult, Errors=(0x00000101, 0x00000011)]
  undefined CMAPI_WLAN_GetScanResults(DeviceId deviceId, ResultCallback cb);
  /** Lists the known (saved) networks in priority order. */
  [Result=WlanNetworkList, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetKnownNetworks(DeviceId deviceId, ResultCallback cb);
  /** Adds a known network at its index. */
  [Errors=(0x00000101, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x00010008, 0x00010009, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00013001, 0x00013007, 0x00013008, 0xF0000006)]
  undefined CMAPI_WLAN_AddKnownNetwork(DeviceId deviceId, WlanNetwork network, ResultCallback cb);
  /** Replaces the known network at the network's index. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00013001, 0x00013002, 0xF0000006)]
  undefined CMAPI_WLAN_UpdateKnownNetwork(DeviceId deviceId, WlanNetwork network, ResultCallback cb);
  /** Deletes the known network at an index. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013002)]
  undefined CMAPI_WLAN_DeleteKnownNetwork(DeviceId deviceId, unsigned long index, ResultCallback cb);
  /** Moves a known network to another priority index. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013007, 0x00013008)]
  undefined CMAPI_WLAN_MoveKnownNetwork(DeviceId deviceId, unsigned long fromIndex, unsigned long toIndex, ResultCallback cb);
  /** Connects to a known network by SSID (and BSSID). */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00011002, 0x00011005, 0x00012001, 0x00012002, 0x00012003, 0x00012004)]
  undefined CMAPI_WLAN_Connect(DeviceId deviceId, DOMString ssid, optional DOMString bssid, ResultCallback cb);
  /** Disconnects from the current network. */
  [Exclusive, Errors=(0x00000101, 0x00011001, 0x00013003)]
  undefined CMAPI_WLAN_Disconnect(DeviceId deviceId, ResultCallback cb);
  /** Returns the connection state. */
  [Result=WlanStatus, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetStatus(DeviceId deviceId, ResultCallback cb);
  /** Starts Wi-Fi Protected Setup by push button or PIN. */
  [Result=WpsResult, Exclusive, Errors=(0x00000101, 0x00000121, 0x00011007)]
  undefined CMAPI_WLAN_StartWPS(DeviceId deviceId, WpsMethod method, optional DOMString pin, optional DOMString bssid, ResultCallback cb);
  /** Cancels Wi-Fi Protected Setup. */
  [Errors=(0x00000101, 0x00011006)]
  undefined CMAPI_WLAN_CancelWPS(DeviceId deviceId, ResultCallback cb);
  /** Returns the IP configuration of the WLAN interface. */
  [Result=IpConfiguration, Errors=(0x00000101, 0x00011008, 0x00012003)]
  undefined CMAPI_WLAN_GetIPConfiguration(DeviceId deviceId, ResultCallback cb);
  /** Sets the IP configuration of a known network. */
  [Errors=(0x00000101, 0x00013002, 0x00013004, 0x00013005, 0x00013009, 0x0001300A, 0x0001300B, 0x0001300C, 0x0001300E)]
  undefined CMAPI_WLAN_SetIPConfiguration(DeviceId deviceId, unsigned long index, IpConfiguration configuration, ResultCallback cb);
  /** Returns the interface's MAC address. */
  [Result=MacAddress, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetMACAddress(DeviceId deviceId, ResultCallback cb);
  /** Sets the interface's MAC address (randomisation or a fixed address). */
  [Errors=(0x00000101, 0x00000010, 0x0001300D, 0x00013006)]
  undefined CMAPI_WLAN_SetMACAddress(DeviceId deviceId, DOMString macAddress, ResultCallback cb);
  /** Returns the security policy for connecting to networks. */
  [Result=WlanSecurityPolicy, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetSecurityPolicy(DeviceId deviceId, ResultCallback cb);
  /** Sets the security policy for connecting to networks. */
  [Errors=(0x00000101, 0x00011005, 0xF0000001)]
  undefined CMAPI_WLAN_SetSecurityPolicy(DeviceId deviceId, WlanSecurityPolicy policy, ResultCallback cb);
  /** Lists the Hotspot 2.0 credentials. */
  [Result=PasspointCredentialList, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_GetPasspointCredentials(DeviceId deviceId, ResultCallback cb);
  /** Adds a Hotspot 2.0 credential. */
  [Errors=(0x00000101, 0x00000121, 0x00010006, 0x0001000B, 0x0001000C, 0x00011009)]
  undefined CMAPI_WLAN_AddPasspointCredential(DeviceId deviceId, PasspointCredential credential, ResultCallback cb);
  /** Removes a Hotspot 2.0 credential. */
  [Errors=(0x00000101, 0x00000121, 0x00000011)]
  undefined CMAPI_WLAN_DeletePasspointCredential(DeviceId deviceId, DOMString credentialId, ResultCallback cb);
  /** Turns Hotspot 2.0 network selection on or off. */
  [Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_SetPasspointEnabled(DeviceId deviceId, boolean enabled, ResultCallback cb);
  /** Returns Hotspot 2.0 status. */
  [Result=PasspointStatus, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_GetPasspointStatus(DeviceId deviceId, ResultCallback cb);
  /** Sends an ANQP query to an access point. */
  [Result=AnqpResponse, Errors=(0x00000101, 0x00000121, 0x00010005)]
  undefined CMAPI_WLAN_QueryANQP(DeviceId deviceId, DOMString bssid, sequence<DOMString> elements, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.13 Statistics
// ---------------------------------------------------------------------------------------------

enum StatisticsPeriod { "session", "day", "month", "total" };

dictionary TrafficStatistics {
  required unsigned long long bytesSent;
  required unsigned long long bytesReceived;
  unsigned long long packetsSent;
  unsigned long long packetsReceived;
  unsigned long long errors;
  /** Seconds covered by these counters. */
  unsigned long duration;
};

dictionary DataUsage {
  required StatisticsPeriod period;
  required TrafficStatistics statistics;
  /** RFC 3339 start of the period. */
  DOMString since;
};

dictionary UsageThreshold {
  required StatisticsPeriod period;
  /** Bytes; 0 turns the alert off. */
  required unsigned long long bytes;
};

/** Traffic counters, usage per period and usage alerts. */
[Exposed=Window, SCR="7.13"]
interface CmapiStatistics {
  /** Returns the counters of the current connection. */
  [Result=TrafficStatistics, Errors=(0x00000101, 0x00000014)]
  undefined CMAPI_Statistics_GetSessionStatistics(DeviceId deviceId, ResultCallback cb);
  /** Returns the data used in a period. */
  [Result=DataUsage, Errors=(0x00000101)]
  undefined CMAPI_Statistics_GetDataUsage(DeviceId deviceId, StatisticsPeriod period, optional ConnectionType connectionType, ResultCallback cb);
  /** Resets the counters of a period. */
  [Errors=(0x00000101)]
  undefined CMAPI_Statistics_Reset(DeviceId deviceId, StatisticsPeriod period, ResultCallback cb);
  /** Sets a usage threshold; crossing it fires CMAPI_Callback_DataUsageThreshold. */
  [Errors=(0x00000101)]
  undefined CMAPI_Statistics_SetUsageThreshold(DeviceId deviceId, UsageThreshold threshold, ResultCallback cb);
  /** Returns the usage threshold of a period. */
  [Result=UsageThreshold, Errors=(0x00000101)]
  undefined CMAPI_Statistics_GetUsageThreshold(DeviceId deviceId, StatisticsPeriod period, ResultCallback cb);
  /** Returns the WLAN interface's counters. */
  [Result=TrafficStatistics, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_Statistics_GetWLANStatistics(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.14 Information status
// ---------------------------------------------------------------------------------------------

enum InfoType { "connection", "ip_address", "apn", "signal", "roaming", "operator", "network_type", "location" };

dictionary IpAddressInfo {
  required IpAddressType type;
  required sequence<DOMString> addresses;
};

dictionary SignalQuality {
  /** 0 (none) to 5 (excellent). */
  required octet bars;
  required long rssi;
  required RadioTechnology radioTechnology;
};

dictionary RoamingStatus {
  required boolean roaming;
  Plmn visitedPlmn;
};

dictionary OperatorName {
  required DOMString name;
  Plmn plmn;
  /** Service provider name from the UICC. */
  DOMString spn;
};

dictionary LocationInfo {
  required unsigned long cellId;
  unsigned long locationAreaCode;
  unsigned long trackingAreaCode;
  Plmn plmn;
};

dictionary InfoStatusSummary {
  required ConnectionState connectionState;
  required boolean roaming;
  required octet bars;
  RadioTechnology radioTechnology;
  DOMString operatorName;
  DOMString apn;
  sequence<DOMString> ipAddresses;
};

dictionary AuthenticationStatus {
  required boolean authenticated;
  DOMString method;
};

/** Read-only status for any web application: connection, addresses, signal, roaming, operator,
    location. */
[Exposed=Window, SCR="7.14"]
interface CmapiInfoStatus {
  /** Returns a summary of the device's connectivity in one call. */
  [Result=InfoStatusSummary, Errors=(0x00000101, 0x00006001)]
  undefined CMAPI_InfoStatus_GetSummary(DeviceId deviceId, ResultCallback cb);
  /** Returns the device's IP addresses of a type. */
  [Result=IpAddressInfo, Errors=(0x00000101, 0x00006002, 0x00006006, 0x00006007)]
  undefined CMAPI_InfoStatus_GetIPAddress(DeviceId deviceId, IpAddressType type, ResultCallback cb);
  /** Returns the APN in use. */
  [Result=ApnInfo, Errors=(0x00000101, 0x00006005)]
  undefined CMAPI_InfoStatus_GetCurrentAPN(DeviceId deviceId, ResultCallback cb);
  /** Returns the signal quality. */
  [Result=SignalQuality, Errors=(0x00000101, 0x00006003)]
  undefined CMAPI_InfoStatus_GetSignalQuality(DeviceId deviceId, ResultCallback cb);
  /** Returns whether the device is roaming. */
  [Result=RoamingStatus, Errors=(0x00000101, 0x00006003)]
  undefined CMAPI_InfoStatus_GetRoamingStatus(DeviceId deviceId, ResultCallback cb);
  /** Returns the serving operator's name. */
  [Result=OperatorName, Errors=(0x00000101, 0x00006003)]
  undefined CMAPI_InfoStatus_GetOperatorName(DeviceId deviceId, ResultCallback cb);
  /** Returns the serving cell's location identifiers. */
  [Result=LocationInfo, Errors=(0x00000101, 0x00006001, 0x00006003, 0xF0000001)]
  undefined CMAPI_InfoStatus_GetLocation(DeviceId deviceId, ResultCallback cb);
  /** Returns one connection record by index. */
  [Result=ConnectionInfo, Errors=(0x00000101, 0x00006004)]
  undefined CMAPI_InfoStatus_GetConnectionRecord(DeviceId deviceId, unsigned long index, ResultCallback cb);
  /** Returns whether network authentication succeeded. */
  [Result=AuthenticationStatus, Errors=(0x00000101, 0x00006008)]
  undefined CMAPI_InfoStatus_GetAuthenticationStatus(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.15 SMS
// ---------------------------------------------------------------------------------------------

enum SmsStorage { "device", "uicc", "any" };

enum SmsStatus { "unread", "read", "unsent", "sent", "all" };

enum SmsClass { "class0", "class1", "class2", "class3", "none" };

enum SmsEncoding { "GSM7", "UCS2", "binary" };

dictionary SmsMessage {
  required DOMString msgID;
  required SmsStatus status;
  required SmsStorage storage;
  /** Originating address for received messages, destination for sent ones. */
  required DOMString address;
  required DOMString body;
  /** RFC 3339 service centre time stamp. */
  DOMString timestamp;
  SmsClass smsClass;
  SmsEncoding encoding;
  DOMString smsc;
};

dictionary SmsMessageList {
  required unsigned long smsListElements;
  required sequence<SmsMessage> smsList;
};

dictionary SmsSendResult {
  required DOMString msgID;
  /** TP message reference assigned by the device. */
  octet messageReference;
};

dictionary Smsc {
  required DOMString smsc;
};

dictionary SmsSettings {
  required boolean deliveryReport;
  required SmsStorage preferredStorage;
  /** Validity period in minutes. */
  unsigned long validityPeriod;
};

/** Sending, listing, reading and deleting SMS; storage and SMSC settings. */
[Exposed=Window, SCR="7.15"]
interface CmapiSMS {
  /** Sends an SMS; the final response carries the message id. */
  [Result=SmsSendResult, Errors=(0x00000101, 0x00000005, 0x00005001, 0x00005002, 0x00005003, 0x00005006, 0x00005008, 0x0000500A, 0x0000500B)]
  undefined CMAPI_SMS_Send(DeviceId deviceId, DOMString address, DOMString body, optional SmsEncoding encoding, optional SmsClass smsClass, optional boolean deliveryReport, ResultCallback cb);
  /** Lists the messages of a status in a storage. */
  [Result=SmsMessageList, Errors=(0x00000101, 0x00005001, 0x00005002, 0x00005007)]
  undefined CMAPI_SMS_List(DeviceId deviceId, optional SmsStorage storage = "any", optional SmsStatus status = "all", ResultCallback cb);
  /** Reads one message and marks it read. */
  [Result=SmsMessage, Errors=(0x00000101, 0x00005001, 0x00005005, 0x0000500C)]
  undefined CMAPI_SMS_Read(DeviceId deviceId, DOMString msgID, ResultCallback cb);
  /** Deletes one message. */
  [Errors=(0x00000101, 0x00005001, 0x00005005, 0x0000500C)]
  undefined CMAPI_SMS_Delete(DeviceId deviceId, DOMString msgID, ResultCallback cb);
  /** Deletes every message of a status in a storage. */
  [Errors=(0x00000101, 0x00005001, 0x00005007)]
  undefined CMAPI_SMS_DeleteAll(DeviceId deviceId, optional SmsStorage storage = "any", optional SmsStatus status = "read", ResultCallback cb);
  /** Returns how full a message storage is. */
  [Result=StorageStatus, Errors=(0x00000101, 0x00005001, 0x00005007)]
  undefined CMAPI_SMS_GetStorageStatus(DeviceId deviceId, SmsStorage storage, ResultCallback cb);
  /** Returns the SMS service centre address. */
  [Result=Smsc, Errors=(0x00000101, 0x00005001)]
  undefined CMAPI_SMS_GetSMSC(DeviceId deviceId, ResultCallback cb);
  /** Sets the SMS service centre address. */
  [Errors=(0x00000101, 0x00005001, 0x00005008)]
  undefined CMAPI_SMS_SetSMSC(DeviceId deviceId, DOMString smsc, ResultCallback cb);
  /** Returns the SMS settings. */
  [Result=SmsSettings, Errors=(0x00000101)]
  undefined CMAPI_SMS_GetSettings(DeviceId deviceId, ResultCallback cb);
  /** Sets the SMS settings. */
  [Errors=(0x00000101, 0x00005004, 0x0000500A)]
  undefined CMAPI_SMS_SetSettings(DeviceId deviceId, SmsSettings settings, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.16 USSD
// ---------------------------------------------------------------------------------------------

enum UssdSessionState { "idle", "waiting_for_network", "waiting_for_user", "terminated" };

dictionary UssdResponse {
  required DOMString sessionId;
  required UssdSessionState state;
  /** The network's text, if any. */
  DOMString ussdData;
  /** Data coding scheme. */
  octet dcs;
};

/** USSD sessions: start, answer, cancel. */
[Exposed=Window, SCR="7.16"]
interface CmapiUSSD {
  /** Sends a USSD string (e.g. "*100#") and starts a session. */
  [Result=UssdResponse, Exclusive, Errors=(0x00000101, 0x00000005, 0x00005901)]
  undefined CMAPI_USSD_Send(DeviceId deviceId, DOMString ussdData, optional octet dcs = 15, ResultCallback cb);
  /** Answers the network within a session. */
  [Result=UssdResponse, Errors=(0x00000101, 0x00000004, 0x00005901)]
  undefined CMAPI_USSD_Respond(DeviceId deviceId, DOMString sessionId, DOMString ussdData, ResultCallback cb);
  /** Ends a session. */
  [Errors=(0x00000101, 0x00000004)]
  undefined CMAPI_USSD_Cancel(DeviceId deviceId, DOMString sessionId, ResultCallback cb);
  /** Returns a session's state. */
  [Result=UssdResponse, Errors=(0x00000101, 0x00000004)]
  undefined CMAPI_USSD_GetSessionState(DeviceId deviceId, DOMString sessionId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.17 GNSS
// ---------------------------------------------------------------------------------------------

enum GnssState { "off", "acquiring", "fixed_2d", "fixed_3d" };

enum GnssMode { "standalone", "ms_based", "ms_assisted" };

dictionary GnssStatus {
  required GnssState state;
  required GnssMode mode;
  boolean tracking;
};

dictionary GnssPosition {
  required double latitude;
  required double longitude;
  double altitude;
  /** Horizontal accuracy in metres. */
  required double accuracy;
  double speed;
  double heading;
  /** RFC 3339 time of the fix. */
  required DOMString timestamp;
};

dictionary Satellite {
  required unsigned short prn;
  required DOMString constellation;
  required double elevation;
  required double azimuth;
  required double snr;
  required boolean usedInFix;
};

dictionary SatelliteList {
  required unsigned long satelliteListElements;
  required sequence<Satellite> satelliteList;
};

dictionary AgnssServer {
  DOMString address;
  unsigned short port;
  DOMString fqdn;
};

/** Position fixes, satellites, tracking and assistance (A-GNSS) servers. */
[Exposed=Window, SCR="7.17"]
interface CmapiGNSS {
  /** Returns the receiver's state. */
  [Result=GnssStatus, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_GNSS_GetStatus(DeviceId deviceId, ResultCallback cb);
  /** Starts the receiver. */
  [Exclusive, Errors=(0x00000101, 0x00000104, 0x00007001, 0x00007002, 0x00007003)]
  undefined CMAPI_GNSS_Start(DeviceId deviceId, GnssMode mode, optional double accuracyThreshold, ResultCallback cb);
  /** Stops the receiver. */
  [Exclusive, Errors=(0x00000101, 0x00007001)]
  undefined CMAPI_GNSS_Stop(DeviceId deviceId, ResultCallback cb);
  /** Returns the last position fix. */
  [Result=GnssPosition, Errors=(0x00000101, 0x00000011, 0x00007001, 0xF0000001)]
  undefined CMAPI_GNSS_GetPosition(DeviceId deviceId, ResultCallback cb);
  /** Lists the satellites in view. */
  [Result=SatelliteList, Errors=(0x00000101, 0x00007001)]
  undefined CMAPI_GNSS_GetSatellites(DeviceId deviceId, ResultCallback cb);
  /** Turns periodic fixes on (interval in seconds) or off (0). */
  [Errors=(0x00000101, 0x00007001, 0x00007007)]
  undefined CMAPI_GNSS_SetTracking(DeviceId deviceId, unsigned long interval, ResultCallback cb);
  /** Sets the assistance server. */
  [Errors=(0x00000101, 0x00007004, 0x00007005, 0x00007006)]
  undefined CMAPI_GNSS_SetAGNSSServer(DeviceId deviceId, AgnssServer server, ResultCallback cb);
  /** Returns the assistance server. */
  [Result=AgnssServer, Errors=(0x00000101)]
  undefined CMAPI_GNSS_GetAGNSSServer(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.18 Data push
// ---------------------------------------------------------------------------------------------

dictionary PushMessage {
  required DOMString pushId;
  /** Application id (WAP push application id or content type). */
  required DOMString applicationId;
  required DOMString contentType;
  required Base64 body;
  required DOMString timestamp;
  DOMString originator;
};

dictionary PushMessageList {
  required unsigned long pushListElements;
  required sequence<PushMessage> pushList;
};

dictionary PushSettings {
  required boolean enabled;
  /** Originators accepted; empty accepts any. */
  required sequence<DOMString> allowedOriginators;
};

/** WAP/OMA push messages received by the device. */
[Exposed=Window, SCR="7.18"]
interface CmapiPush {
  /** Returns the push settings. */
  [Result=PushSettings, Errors=(0x00000101)]
  undefined CMAPI_Push_GetSettings(DeviceId deviceId, ResultCallback cb);
  /** Sets the push settings. */
  [Errors=(0x00000101)]
  undefined CMAPI_Push_SetSettings(DeviceId deviceId, PushSettings settings, ResultCallback cb);
  /** Lists received push messages. */
  [Result=PushMessageList, Errors=(0x00000101)]
  undefined CMAPI_Push_GetMessages(DeviceId deviceId, optional DOMString applicationId, ResultCallback cb);
  /** Deletes a push message. */
  [Errors=(0x00000101, 0x00000011)]
  undefined CMAPI_Push_DeleteMessage(DeviceId deviceId, DOMString pushId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.19 Contacts
// ---------------------------------------------------------------------------------------------

enum ContactLocation { "device", "uicc", "any" };

dictionary Contact {
  /** Record index in its location; ignored when adding. */
  required unsigned long index;
  required ContactLocation location;
  required DOMString name;
  required DOMString number;
  DOMString email;
  DOMString group;
};

dictionary ContactList {
  required unsigned long contactListElements;
  required sequence<Contact> contactList;
};

dictionary ContactIndex {
  required unsigned long index;
};

/** Phone book records on the device and the UICC. */
[Exposed=Window, SCR="7.19"]
interface CmapiContacts {
  /** Lists the contacts of a location. */
  [Result=ContactList, Errors=(0x00000101, 0x00005504)]
  undefined CMAPI_Contacts_List(DeviceId deviceId, optional ContactLocation location = "any", ResultCallback cb);
  /** Reads one contact. */
  [Result=Contact, Errors=(0x00000101, 0x00005503, 0x00005504)]
  undefined CMAPI_Contacts_Read(DeviceId deviceId, ContactLocation location, unsigned long index, ResultCallback cb);
  /** Adds a contact and returns its index. */
  [Result=ContactIndex, Errors=(0x00000101, 0x00005501, 0x00005502, 0x00005504)]
  undefined CMAPI_Contacts_Add(DeviceId deviceId, Contact contact, ResultCallback cb);
  /** Replaces the contact at the contact's index. */
  [Errors=(0x00000101, 0x00005501, 0x00005503, 0x00005504)]
  undefined CMAPI_Contacts_Update(DeviceId deviceId, Contact contact, ResultCallback cb);
  /** Deletes a contact. */
  [Errors=(0x00000101, 0x00005503, 0x00005504)]
  undefined CMAPI_Contacts_Delete(DeviceId deviceId, ContactLocation location, unsigned long index, ResultCallback cb);
  /** Finds contacts whose name or number contains the text. */
  [Result=ContactList, Errors=(0x00000101, 0x00005504)]
  undefined CMAPI_Contacts_Search(DeviceId deviceId, DOMString text, optional ContactLocation location = "any", ResultCallback cb);
  /** Returns how full a contact location is. */
  [Result=StorageStatus, Errors=(0x00000101, 0x00005504)]
  undefined CMAPI_Contacts_GetStorageStatus(DeviceId deviceId, ContactLocation location, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.20 P2P direct
// ---------------------------------------------------------------------------------------------

enum P2PTechnology { "WIFI_DIRECT", "LTE_PROSE", "BLUETOOTH" };

enum P2PRole { "group_owner", "client" };

enum InvitationState { "pending", "accepted", "rejected", "expired" };

dictionary P2PTechnologyList {
  required sequence<P2PTechnology> technologies;
  sequence<P2PTechnology> enabled;
};

dictionary ServiceRecord {
  required DOMString serviceId;
  /** DNS-SD or UPnP service type. */
  required DOMString serviceType;
  DOMString serviceInfo;
};

dictionary RemoteDevice {
  required DOMString remoteDeviceId;
  required DOMString name;
  required P2PTechnology technology;
  sequence<ServiceRecord> services;
  long rssi;
};

dictionary RemoteDeviceList {
  required unsigned long deviceListElements;
  required sequence<RemoteDevice> deviceList;
};

dictionary P2PConnection {
  required DOMString connectionId;
  required DOMString remoteDeviceId;
  required P2PTechnology technology;
  required P2PRole role;
  DOMString groupId;
  DOMString ipAddress;
};

dictionary P2PConnectionList {
  required sequence<P2PConnection> connections;
};

dictionary P2PGroup {
  required DOMString groupId;
  required P2PTechnology technology;
  required DOMString ssid;
  DOMString passphrase;
  required sequence<DOMString> members;
};

dictionary P2PGroupList {
  required sequence<P2PGroup> groups;
};

dictionary Invitation {
  required DOMString invitationId;
  required DOMString groupId;
  required DOMString fromDeviceId;
  required InvitationState state;
};

dictionary InvitationList {
  required sequence<Invitation> invitations;
};

/** Wi-Fi Direct, LTE ProSe and Bluetooth direct connections: discovery, services, groups,
    invitations. */
[Exposed=Window, SCR="7.20"]
interface CmapiP2P {
  /** Lists the P2P technologies the device supports and which are on. */
  [Result=P2PTechnologyList, Errors=(0x00000101)]
  undefined CMAPI_P2P_GetTechnologies(DeviceId deviceId, ResultCallback cb);
  /** Turns a P2P technology on or off. */
  [Errors=(0x00000101, 0x00008001, 0x00008002)]
  undefined CMAPI_P2P_SetEnabled(DeviceId deviceId, P2PTechnology technology, boolean enabled, ResultCallback cb);
  /** Discovers nearby devices, optionally only those offering the given services. */
  [Result=RemoteDeviceList, Exclusive, Errors=(0x00000101, 0x00008001, 0x00008002, 0x00008005)]
  undefined CMAPI_P2P_Discover(DeviceId deviceId, P2PTechnology technology, optional sequence<DOMString> serviceIds, optional unsigned long timeout, ResultCallback cb);
  /** Stops discovery. */
  [Errors=(0x00000101, 0x00008002)]
  undefined CMAPI_P2P_StopDiscovery(DeviceId deviceId, P2PTechnology technology, ResultCallback cb);
  /** Advertises a local service. */
  [Errors=(0x00000101, 0x00008002, 0x00008003)]
  undefined CMAPI_P2P_AdvertiseService(DeviceId deviceId, P2PTechnology technology, ServiceRecord service, ResultCallback cb);
  /** Withdraws an advertised service. */
  [Errors=(0x00000101, 0x00008002, 0x00008005)]
  undefined CMAPI_P2P_RemoveService(DeviceId deviceId, P2PTechnology technology, DOMString serviceId, ResultCallback cb);
  /** Connects to a remote device. */
  [Result=P2PConnection, Exclusive, Errors=(0x00000101, 0x00008002, 0x00008009)]
  undefined CMAPI_P2P_Connect(DeviceId deviceId, P2PTechnology technology, DOMString remoteDeviceId, ResultCallback cb);
  /** Ends a P2P connection. */
  [Errors=(0x00000101, 0x00008006)]
  undefined CMAPI_P2P_Disconnect(DeviceId deviceId, DOMString connectionId, ResultCallback cb);
  /** Lists P2P connections. */
  [Result=P2PConnectionList, Errors=(0x00000101)]
  undefined CMAPI_P2P_GetConnections(DeviceId deviceId, ResultCallback cb);
  /** Creates a group with this device as owner. */
  [Result=P2PGroup, Exclusive, Errors=(0x00000101, 0x00008001, 0x00008002)]
  undefined CMAPI_P2P_CreateGroup(DeviceId deviceId, P2PTechnology technology, optional DOMString passphrase, ResultCallback cb);
  /** Removes a group this device owns. */
  [Errors=(0x00000101, 0x00008008)]
  undefined CMAPI_P2P_RemoveGroup(DeviceId deviceId, DOMString groupId, ResultCallback cb);
  /** Lists groups. */
  [Result=P2PGroupList, Errors=(0x00000101)]
  undefined CMAPI_P2P_GetGroups(DeviceId deviceId, ResultCallback cb);
  /** Invites remote devices to a group. */
  [Result=InvitationList, Errors=(0x00000101, 0x00008004, 0x00008007, 0x00008008)]
  undefined CMAPI_P2P_Invite(DeviceId deviceId, DOMString groupId, sequence<DOMString> remoteDeviceIds, ResultCallback cb);
  /** Accepts or rejects an invitation received. */
  [Result=P2PConnection, Errors=(0x00000101, 0x0000800A)]
  undefined CMAPI_P2P_RespondInvitation(DeviceId deviceId, DOMString invitationId, boolean accept, ResultCallback cb);
  /** Lists invitations sent and received. */
  [Result=InvitationList, Errors=(0x00000101)]
  undefined CMAPI_P2P_GetInvitations(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.21 Wireless router
// ---------------------------------------------------------------------------------------------

enum RouterBand { "2.4GHz", "5GHz", "6GHz" };

dictionary RouterInfo {
  required DOMString routerId;
  required DOMString name;
  required DeviceId deviceId;
  required sequence<RouterBand> bands;
};

dictionary RouterList {
  required unsigned long routerListElements;
  required sequence<RouterInfo> routerList;
};

dictionary RouterConfig {
  required DOMString ssid;
  required WlanSecurity security;
  /** Pre-shared key; never returned in a result. */
  DOMString key;
  required RouterBand band;
  /** 0 selects automatically. */
  unsigned short channel = 0;
  boolean hidden = false;
  required unsigned short maxClients;
  boolean guestNetwork = false;
};

dictionary ConnectedDevice {
  required DOMString macAddress;
  DOMString hostName;
  DOMString ipAddress;
  required boolean blocked;
  /** Seconds connected. */
  unsigned long connectedFor;
  unsigned long long bytesSent;
  unsigned long long bytesReceived;
};

dictionary ConnectedDeviceList {
  required unsigned long deviceListElements;
  required sequence<ConnectedDevice> deviceList;
};

enum PolicyAction { "allow", "deny" };

dictionary RouterPolicy {
  /** Firewall default for inbound connections. */
  required PolicyAction inboundDefault;
  required boolean natEnabled;
  required boolean upnpEnabled;
  /** MAC filter mode: allow lists only the given devices, deny blocks them. */
  PolicyAction macFilterMode;
  sequence<DOMString> macFilterList;
};

dictionary AccessRestriction {
  required DOMString macAddress;
  /** Days (0 = Sunday) and hours when access is allowed, e.g. "1-5 07:00-21:00". */
  required sequence<DOMString> schedule;
  sequence<DOMString> blockedDomains;
};

dictionary AccessRestrictionList {
  required sequence<AccessRestriction> restrictions;
};

dictionary DhcpSettings {
  required boolean enabled;
  required DOMString rangeStart;
  required DOMString rangeEnd;
  /** Lease time in seconds. */
  required unsigned long leaseTime;
  required DOMString routerAddress;
  required DOMString subnetMask;
};

enum TransportProtocol { "tcp", "udp", "both" };

dictionary PortForwardingRule {
  required DOMString name;
  required TransportProtocol protocol;
  required unsigned short externalPort;
  required DOMString internalAddress;
  required unsigned short internalPort;
  boolean enabled = true;
};

dictionary PortForwardingRuleList {
  required sequence<PortForwardingRule> rules;
};

/** Router (mobile hotspot) settings, clients, policies, parental restrictions, DHCP and port
    forwarding. Changes need the administrator password. */
[Exposed=Window, SCR="7.21"]
interface CmapiRouter {
  /** Lists the routers this implementation manages. */
  [Result=RouterList]
  undefined CMAPI_Router_GetRouterList(ResultCallback cb);
  /** Returns a router's Wi-Fi settings. */
  [Result=RouterConfig, Errors=(0x00000112)]
  undefined CMAPI_Router_GetConfig(DOMString routerId, ResultCallback cb);
  /** Sets a router's Wi-Fi settings. */
  [Exclusive, Errors=(0x00000112, 0x00009001, 0x00009004, 0xF0000006)]
  undefined CMAPI_Router_SetConfig(DOMString routerId, DOMString adminPassword, RouterConfig routerConfig, ResultCallback cb);
  /** Lists the devices connected to a router. */
  [Result=ConnectedDeviceList, Errors=(0x00000112)]
  undefined CMAPI_Router_GetConnectedDevices(DOMString routerId, ResultCallback cb);
  /** Blocks or unblocks a connected device. */
  [Errors=(0x00000112, 0x00000140, 0x00009004)]
  undefined CMAPI_Router_SetDeviceBlocked(DOMString routerId, DOMString adminPassword, DOMString macAddress, boolean blocked, ResultCallback cb);
  /** Returns the router's firewall and MAC filter policy. */
  [Result=RouterPolicy, Errors=(0x00000112)]
  undefined CMAPI_Router_GetPolicy(DOMString routerId, ResultCallback cb);
  /** Sets the router's firewall and MAC filter policy. */
  [Exclusive, Errors=(0x00000112, 0x00009002, 0x00009004)]
  undefined CMAPI_Router_SetPolicy(DOMString routerId, DOMString adminPassword, RouterPolicy policy, ResultCallback cb);
  /** Lists access restrictions (parental control). */
  [Result=AccessRestrictionList, Errors=(0x00000112)]
  undefined CMAPI_Router_GetRestrictions(DOMString routerId, ResultCallback cb);
  /** Replaces the access restrictions. */
  [Exclusive, Errors=(0x00000112, 0x00000140, 0x00009003, 0x00009004)]
  undefined CMAPI_Router_SetRestrictions(DOMString routerId, DOMString adminPassword, sequence<AccessRestriction> restrictions, ResultCallback cb);
  /** Returns the DHCP server settings. */
  [Result=DhcpSettings, Errors=(0x00000112)]
  undefined CMAPI_Router_GetDHCPSettings(DOMString routerId, ResultCallback cb);
  /** Sets the DHCP server settings. */
  [Exclusive, Errors=(0x00000112, 0x00009001, 0x00009004)]
  undefined CMAPI_Router_SetDHCPSettings(DOMString routerId, DOMString adminPassword, DhcpSettings settings, ResultCallback cb);
  /** Lists the port forwarding rules. */
  [Result=PortForwardingRuleList, Errors=(0x00000112)]
  undefined CMAPI_Router_GetPortForwarding(DOMString routerId, ResultCallback cb);
  /** Replaces the port forwarding rules. */
  [Exclusive, Errors=(0x00000112, 0x00009002, 0x00009004)]
  undefined CMAPI_Router_SetPortForwarding(DOMString routerId, DOMString adminPassword, sequence<PortForwardingRule> rules, ResultCallback cb);
  /** Changes the administrator password. */
  [Exclusive, Errors=(0x00000112, 0x00009004)]
  undefined CMAPI_Router_SetAdminPassword(DOMString routerId, DOMString adminPassword, DOMString newPassword, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 8 Callbacks (CMAPI-2)
// ---------------------------------------------------------------------------------------------

/** The callbackId of every CMAPI-2 callback. */
enum CallbackId {
  "CMAPI_Callback_DeviceChanged",
  "CMAPI_Callback_PowerStateChanged",
  "CMAPI_Callback_ConnectionStateChanged",
  "CMAPI_Callback_SignalStrengthChanged",
  "CMAPI_Callback_RegistrationChanged",
  "CMAPI_Callback_RoamingChanged",
  "CMAPI_Callback_PinStatusChanged",
  "CMAPI_Callback_UICCStatusChanged",
  "CMAPI_Callback_SMSReceived",
  "CMAPI_Callback_SMSDeliveryReport",
  "CMAPI_Callback_SMSStorageFull",
  "CMAPI_Callback_USSDReceived",
  "CMAPI_Callback_WLANScanCompleted",
  "CMAPI_Callback_WLANConnectionChanged",
  "CMAPI_Callback_WPSCompleted",
  "CMAPI_Callback_GNSSPositionUpdated",
  "CMAPI_Callback_PushReceived",
  "CMAPI_Callback_DataUsageThreshold",
  "CMAPI_Callback_P2PDeviceFound",
  "CMAPI_Callback_P2PInvitationReceived",
  "CMAPI_Callback_P2PConnectionChanged",
  "CMAPI_Callback_RouterClientChanged",
  "CMAPI_Callback_OMADMSessionChanged"
};

dictionary CallbackRegistration {
  required CallbackId callbackId;
  /** Present when the registration is for one device only. */
  DeviceId deviceId;
};

dictionary CallbackRegistrationList {
  required sequence<CallbackRegistration> registrations;
};

dictionary PowerStateChange {
  required DeviceId deviceId;
  required PowerState powerState;
};

dictionary ConnectionStateChange {
  required DeviceId deviceId;
  required ConnectionState state;
  ConnectionType connectionType;
  DOMString profileName;
  /** Table 4 code when the connection failed or dropped. */
  CmapiCode reason;
};

dictionary SignalStrengthChange {
  required DeviceId deviceId;
  required SignalStrength signal;
};

dictionary RegistrationChange {
  required DeviceId deviceId;
  required RegistrationInfo registration;
};

dictionary RoamingChange {
  required DeviceId deviceId;
  required boolean roaming;
  Plmn visitedPlmn;
};

dictionary PinStatusChange {
  required DeviceId deviceId;
  required PinStatus status;
};

dictionary UiccStatusChange {
  required DeviceId deviceId;
  required UiccStatus status;
};

dictionary SmsReceived {
  required DeviceId deviceId;
  required SmsMessage message;
};

dictionary SmsDeliveryReport {
  required DeviceId deviceId;
  required DOMString msgID;
  required boolean delivered;
  DOMString timestamp;
};

dictionary SmsStorageFull {
  required DeviceId deviceId;
  required SmsStorage storage;
};

dictionary UssdReceived {
  required DeviceId deviceId;
  required UssdResponse response;
};

dictionary WlanScanCompleted {
  required DeviceId deviceId;
  required WlanScanResult scan;
};

dictionary WlanConnectionChange {
  required DeviceId deviceId;
  required WlanStatus status;
  /** Table 4 code when the connection failed or dropped. */
  CmapiCode reason;
};

dictionary WpsCompleted {
  required DeviceId deviceId;
  required boolean success;
  DOMString ssid;
  CmapiCode reason;
};

dictionary GnssPositionUpdate {
  required DeviceId deviceId;
  required GnssPosition position;
};

dictionary PushReceived {
  required DeviceId deviceId;
  required PushMessage message;
};

dictionary DataUsageThresholdReached {
  required DeviceId deviceId;
  required UsageThreshold threshold;
  required TrafficStatistics usage;
};

dictionary P2PDeviceFound {
  required DeviceId deviceId;
  required RemoteDevice remoteDevice;
};

dictionary P2PInvitationReceived {
  required DeviceId deviceId;
  required Invitation invitation;
};

dictionary P2PConnectionChange {
  required DeviceId deviceId;
  required P2PConnection connection;
  required boolean connected;
};

dictionary RouterClientChange {
  required DOMString routerId;
  required ConnectedDevice client;
  required boolean connected;
};

dictionary OmaDmSessionChange {
  required DeviceId deviceId;
  required OmaDmSession session;
};

/** Registration for CMAPI-2 callbacks (section 5.5.1.3). */
[Exposed=Window, SCR="8"]
interface CmapiCallback {
  /** Registers for a callback, for one device or (without deviceId) for all. */
  [Errors=(0x00000101)]
  undefined CMAPI_Callback_Register(CallbackId callbackId, optional DeviceId deviceId, ResultCallback cb);
  /** Removes a registration. */
  [Errors=(0x00000101, 0x00000004)]
  undefined CMAPI_Callback_Unregister(CallbackId callbackId, optional DeviceId deviceId, ResultCallback cb);
  /** Lists this client's registrations. */
  [Result=CallbackRegistrationList]
  undefined CMAPI_Callback_GetRegistrations(ResultCallback cb);
};

/** A device was attached, removed, opened, closed or changed state. */
callback CMAPI_Callback_DeviceChanged = undefined (DeviceInfo payload);
/** A device's power state changed. */
callback CMAPI_Callback_PowerStateChanged = undefined (PowerStateChange payload);
/** A data connection changed state. */
callback CMAPI_Callback_ConnectionStateChanged = undefined (ConnectionStateChange payload);
/** The signal strength changed by at least one bar. */
callback CMAPI_Callback_SignalStrengthChanged = undefined (SignalStrengthChange payload);
/** The network registration changed. */
callback CMAPI_Callback_RegistrationChanged = undefined (RegistrationChange payload);
/** The device started or stopped roaming. */
callback CMAPI_Callback_RoamingChanged = undefined (RoamingChange payload);
/** A PIN's state or retries changed. */
callback CMAPI_Callback_PinStatusChanged = undefined (PinStatusChange payload);
/** The UICC was inserted, removed or changed state. */
callback CMAPI_Callback_UICCStatusChanged = undefined (UiccStatusChange payload);
/** An SMS arrived. */
callback CMAPI_Callback_SMSReceived = undefined (SmsReceived payload);
/** A delivery report for a sent SMS arrived. */
callback CMAPI_Callback_SMSDeliveryReport = undefined (SmsDeliveryReport payload);
/** A message storage is full. */
callback CMAPI_Callback_SMSStorageFull = undefined (SmsStorageFull payload);
/** The network sent USSD data. */
callback CMAPI_Callback_USSDReceived = undefined (UssdReceived payload);
/** A WLAN scan finished. */
callback CMAPI_Callback_WLANScanCompleted = undefined (WlanScanCompleted payload);
/** The WLAN connection changed state. */
callback CMAPI_Callback_WLANConnectionChanged = undefined (WlanConnectionChange payload);
/** Wi-Fi Protected Setup finished. */
callback CMAPI_Callback_WPSCompleted = undefined (WpsCompleted payload);
/** A new position fix is available. */
callback CMAPI_Callback_GNSSPositionUpdated = undefined (GnssPositionUpdate payload);
/** A push message arrived. */
callback CMAPI_Callback_PushReceived = undefined (PushReceived payload);
/** A data usage threshold was crossed. */
callback CMAPI_Callback_DataUsageThreshold = undefined (DataUsageThresholdReached payload);
/** P2P discovery found a device. */
callback CMAPI_Callback_P2PDeviceFound = undefined (P2PDeviceFound payload);
/** A P2P group invitation arrived. */
callback CMAPI_Callback_P2PInvitationReceived = undefined (P2PInvitationReceived payload);
/** A P2P connection was made or ended. */
callback CMAPI_Callback_P2PConnectionChanged = undefined (P2PConnectionChange payload);
/** A client connected to or left a router. */
callback CMAPI_Callback_RouterClientChanged = undefined (RouterClientChange payload);
/** An OMA-DM session changed state. */
callback CMAPI_Callback_OMADMSessionChanged = undefined (OmaDmSessionChange payload);
