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
 *   - each CMAPI-2 callback is a `callback CMAPI_Callback_<Name>` whose one argument is the
 *     payload carried in the callback message's `result`.
 *
 * A doc comment (slash-star-star) before a definition or member is its description.
 */

// ---------------------------------------------------------------------------------------------
// Messages (section 5.2, Tables 1-3)
// ---------------------------------------------------------------------------------------------

/** A device handle. The seed's examples write it both as a string ("1") and as a number (1). */
typedef (DOMString or unsigned long) DeviceId;

/** Binary data, BASE64 encoded (section 5.2.4). */
typedef DOMString Base64;

/** A Table 4 return value or error code; security codes exceed 2^31, so this is not a 32-bit int. */
typedef long long CmapiCode;

/** A CMAPI-1 request message (Table 1): a JSON-RPC 2.0 request extended by cmapiversion; notifications
    (no id) are not used. The library builds it from a function call. */
dictionary CmapiRequest {
  /** Always "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks, "1.1". */
  required DOMString cmapiversion;
  /** A function name, e.g. CMAPI_Network_GetRFInfo. */
  required DOMString method;
  /** Globally unique (for example a UUID); never null or omitted. */
  required DOMString id;
  /** The function's parameters by name. */
  required object params;
};

/** The JSON-RPC error object of Tables 2 and 3: code is the Table 4 integer value (or a JSON-RPC
    reserved code), message the Table 4 description text. */
dictionary CmapiErrorObject {
  /** The integer value of the Table 4 row, or a JSON-RPC reserved code. */
  required CmapiCode code;
  /** The Table 4 description text. */
  required DOMString message;
  /** Additional information about the error. */
  any data;
};

/** The stage of a call that an interim response reports (section 5.5.1.2: "received", "processing",
    "completed"). An opencmapi-gen extension of Table 2, see spec/README.md. */
enum ResponseStage { "received", "processing", "completed" };

/** A CMAPI-1 response message (Table 2), handed to a function's ResultCallback. Exactly one of result
    and error. Several responses may carry the same id (interim responses, section 5.5.1.2). */
dictionary CmapiResponse {
  /** Always "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks, "1.1". */
  required DOMString cmapiversion;
  /** The request's id; null when it could not be read (parse error, invalid request). */
  required DOMString? id;
  /** Present when the function failed; result is then absent. */
  CmapiErrorObject error;
  /** The function's result when it succeeded (an empty object on interim responses). */
  object result;
  /** Present on interim responses ("received", "processing"), which carry an empty result; the
      final response has none (or "completed"). */
  ResponseStage cmapistatus;
};

/** A CMAPI-2 callback message (Table 3). Exactly one of result and error; every message has a new id. */
dictionary CmapiCallbackMessage {
  /** Always "2.0". */
  required DOMString jsonrpc;
  /** The OpenCMAPI version the sender speaks, "1.1". */
  required DOMString cmapiversion;
  /** Globally unique for each callback message. */
  required DOMString id;
  /** Which callback this is; the application registered for it with CMAPI_Callback_Register. */
  required CallbackId callbackId;
  /** Present when the event is a failure report; result is then absent. */
  CmapiErrorObject error;
  /** The callback's payload, whose type the callback's declaration names. */
  object result;
};

/** Receives every response message that carries the id of the call (section 5.5.1.2). */
callback ResultCallback = undefined (CmapiResponse response);

// ---------------------------------------------------------------------------------------------
// Shared types
// ---------------------------------------------------------------------------------------------

/** Bit mask of radio technologies: 0x01 GSM, 0x02 GPRS/EDGE, 0x04 WCDMA/UMTS, 0x08 HSPA, 0x10 LTE,
    0x20 CDMA2000, 0x40 WLAN, 0x80 NR; 0xFF means all. */
typedef unsigned long RadioMask;

/** Bit mask of connection types: 0x01 cellular packet, 0x02 cellular circuit, 0x04 tethered,
    0x08 ethernet, 0x10 P2P, 0x20 WLAN. */
typedef unsigned long ConnectionTypeMask;

/** A Wi-Fi network name (SSID): 0 to 32 bytes (IEEE 802.11), given as text. The empty string stands
    for a hidden network, one that does not broadcast its name. Bytes that are not valid UTF-8 are
    each replaced by U+FFFD, so such a name is shown but cannot be matched exactly; use the BSSID. */
typedef DOMString Ssid;

/** A cell identity: 28 bits for LTE (the ECI, eNodeB id and cell), 36 bits for NR (the NCI), 16 bits
    for GSM and 28 bits for UMTS (the UTRAN cell id). Not the physical cell id. */
typedef unsigned long long CellIdentity;

enum RadioTechnology { "GSM", "GPRS", "EDGE", "WCDMA_UMTS", "HSPA", "HSPA_PLUS", "LTE", "LTE_ADVANCED", "NR", "CDMA2000_1X", "CDMA2000_EVDO", "WLAN" };

enum IpAddressType { "IPv4", "IPv6", "IPv4v6" };

enum AccessLevel { "user", "administrator", "operator" };

enum PowerState { "on", "low_power", "airplane", "off" };

dictionary Empty {
};

/** An IP configuration, static or obtained from the network. */
dictionary IpConfiguration {
  /** True when the address was obtained by DHCP or from the network. */
  required boolean dynamic;
  DOMString ipv4Address;
  DOMString ipv4SubnetMask;
  DOMString ipv4Gateway;
  DOMString ipv6Address;
  unsigned short ipv6PrefixLength;
  DOMString ipv6Gateway;
  sequence<DOMString> dnsServers;
  /** HTTP proxy as host:port, when one is configured. */
  DOMString httpProxy;
};

/** A PLMN: mobile country code and mobile network code. */
dictionary Plmn {
  required DOMString mcc;
  required DOMString mnc;
};

/** A count of records and the records' indexes. */
dictionary IndexList {
  required unsigned long count;
  required sequence<unsigned long> indexes;
};

/** A time span and a point in time, as the device reports them. */
dictionary DateTime {
  /** RFC 3339 date and time. */
  required DOMString utc;
  /** Offset from UTC in minutes. */
  long utcOffsetMinutes;
};

/** Storage use of a message or contact store. */
dictionary StorageStatus {
  required DOMString storage;
  required unsigned long used;
  required unsigned long total;
};

// ---------------------------------------------------------------------------------------------
// 7.2 API management
// ---------------------------------------------------------------------------------------------

dictionary ApiSession {
  /** Opaque session handle for this application. */
  required DOMString sessionId;
  required AccessLevel accessLevel;
};

dictionary ApiVersion {
  /** The OpenCMAPI version implemented, "1.1". */
  required DOMString cmapiVersion;
  required DOMString implementationVersion;
  required DOMString vendor;
};

dictionary ApiCapabilities {
  /** SCR sections of the supported groups, e.g. "7.12". */
  required sequence<DOMString> supportedGroups;
  /** Names of the functions that do not answer 0x00000007. */
  required sequence<DOMString> supportedFunctions;
  /** Transports the implementation serves. */
  required sequence<DOMString> transports;
  /** Maximum number of devices one client may open at once. */
  required unsigned long maxOpenDevices;
};

dictionary AccessLevelInfo {
  required AccessLevel accessLevel;
};

/** Opens and closes an application's session with the CMAPI implementation. */
[Exposed=Window, SCR="7.2"]
interface CmapiApi {
  /** Opens the API for an application; the security request names the credentials to use. */
  [Result=ApiSession, Errors=(0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005)]
  undefined CMAPI_API_Open(DOMString applicationName, optional DOMString securityRequest, optional AccessLevel accessLevel, ResultCallback cb);
  /** Closes the application's session and every device it opened. */
  undefined CMAPI_API_Close(DOMString sessionId, ResultCallback cb);
  /** Returns the implemented OpenCMAPI version and the implementation's own version. */
  [Result=ApiVersion]
  undefined CMAPI_API_GetVersion(ResultCallback cb);
  /** Returns the groups and functions this implementation supports. */
  [Result=ApiCapabilities]
  undefined CMAPI_API_GetCapabilities(ResultCallback cb);
  /** Returns the access level granted to this session. */
  [Result=AccessLevelInfo]
  undefined CMAPI_API_GetAccessLevel(DOMString sessionId, ResultCallback cb);
  /** Requests another access level with new credentials. */
  [Result=AccessLevelInfo, Errors=(0xF0000001, 0xF0000002, 0xF0000003, 0xF0000004, 0xF0000005)]
  undefined CMAPI_API_SetAccessLevel(DOMString sessionId, DOMString securityRequest, AccessLevel accessLevel, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.3 Device discovery
// ---------------------------------------------------------------------------------------------

/** Device states: 0 not present, 1 present, 2 open, 3 ready (registered), 4 error. */
typedef unsigned short DeviceState;

/** Device types: 1 USB modem, 2 embedded module, 3 smart phone, 4 tablet, 5 wireless router,
    6 M2M module, 7 laptop, 8 cloud device. */
typedef unsigned short DeviceType;

dictionary DeviceInfo {
  required DeviceId deviceId;
  required DeviceState deviceState;
  required RadioMask radio;
  /** Bit mask: 0x01 data, 0x02 voice, 0x04 SMS, 0x08 USSD, 0x10 GNSS, 0x20 router. */
  required unsigned long deviceCapability;
  required ConnectionTypeMask connectionType;
  required DeviceType deviceType;
  required DOMString description;
  /** Stable identifier across sessions (IMEI, MEID or serial number). */
  required DOMString uniqueIdentifier;
  DOMString manufacturer;
  DOMString model;
};

dictionary DeviceList {
  required unsigned long deviceListElements;
  required sequence<DeviceInfo> deviceList;
};

dictionary DeviceHandle {
  required DeviceId deviceId;
};

/** Finds the connectivity devices the implementation manages and opens them for use. */
[Exposed=Window, SCR="7.3"]
interface CmapiDevice {
  /** Lists every device, open or not. */
  [Result=DeviceList]
  undefined CMAPI_Device_GetDeviceList(ResultCallback cb);
  /** Returns one device's description. */
  [Result=DeviceInfo, Errors=(0x00000101)]
  undefined CMAPI_Device_GetDeviceInfo(DeviceId deviceId, ResultCallback cb);
  /** Opens the device with this unique identifier and returns its handle. */
  [Result=DeviceHandle, Exclusive, Errors=(0x00000100, 0x00000102, 0x00000103)]
  undefined CMAPI_Device_Open(DOMString uniqueIdentifier, ResultCallback cb);
  /** Closes a device handle. */
  [Errors=(0x00000101)]
  undefined CMAPI_Device_Close(DeviceId deviceId, ResultCallback cb);
  /** Lists the devices this client has open. */
  [Result=DeviceList]
  undefined CMAPI_Device_GetOpenDevices(ResultCallback cb);
  /** Searches again for attached devices; the result is the new list. */
  [Result=DeviceList, Exclusive]
  undefined CMAPI_Device_Rescan(ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.4 Cellular network management
// ---------------------------------------------------------------------------------------------

enum AuthType { "none", "PAP", "CHAP", "PAP_OR_CHAP" };

enum ProfileType { "internet", "mms", "ims", "tethering", "m2m" };

enum NetworkSelectionMode { "automatic", "manual", "manual_automatic" };

enum RegistrationState { "not_registered", "registered_home", "searching", "denied", "unknown", "registered_roaming" };

enum OperatorStatus { "unknown", "available", "current", "forbidden" };

/** A cellular connection profile (APN settings). */
dictionary CellularProfile {
  required DOMString profileName;
  required DOMString apn;
  ProfileType profileType = "internet";
  DOMString userName;
  DOMString password;
  AuthType authType = "none";
  IpAddressType ipAddrType = "IPv4v6";
  /** Static IP address, when the network does not assign one. */
  DOMString ipAddress;
  DOMString primaryDns;
  DOMString secondaryDns;
  /** Connection attempt timeout in seconds. */
  unsigned long timeout;
  boolean readOnly = false;
};

dictionary CellularProfileList {
  required unsigned long profileListElements;
  required sequence<CellularProfile> profileList;
  DOMString defaultProfileName;
};

dictionary ProfileName {
  required DOMString profileName;
};

dictionary RegistrationInfo {
  required RegistrationState state;
  Plmn plmn;
  DOMString operatorName;
  RadioTechnology radioTechnology;
  /** Registration reject cause, when denied. */
  unsigned short rejectCause;
};

dictionary OperatorInfo {
  required Plmn plmn;
  required DOMString longName;
  DOMString shortName;
  required OperatorStatus status;
  required sequence<RadioTechnology> radioTechnologies;
};

dictionary OperatorList {
  required unsigned long operatorListElements;
  required sequence<OperatorInfo> operatorList;
};

dictionary NetworkSelection {
  required NetworkSelectionMode mode;
  Plmn plmn;
};

dictionary BearerPreference {
  /** Technologies in order of preference. */
  required sequence<RadioTechnology> bearers;
};

dictionary RoamingPolicy {
  required boolean dataRoamingAllowed;
  required boolean nationalRoamingAllowed;
};

dictionary SubscriberInfo {
  DOMString imsi;
  DOMString msisdn;
  Plmn homePlmn;
};

/** Cellular profiles (APNs), registration and operator selection. */
[Exposed=Window, SCR="7.4"]
interface CmapiCellular {
  /** Lists the device's cellular profiles. */
  [Result=CellularProfileList, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetProfileList(DeviceId deviceId, ResultCallback cb);
  /** Returns one profile. */
  [Result=CellularProfile, Errors=(0x00000101, 0x00002001)]
  undefined CMAPI_Cellular_GetProfile(DeviceId deviceId, DOMString profileName, ResultCallback cb);
  /** Creates a profile. */
  [Errors=(0x00000101, 0x00002002, 0x00002003, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B)]
  undefined CMAPI_Cellular_CreateProfile(DeviceId deviceId, CellularProfile profile, ResultCallback cb);
  /** Replaces a profile's settings; a profile in use cannot be updated. */
  [Errors=(0x00000101, 0x00002001, 0x00002004, 0x00002101, 0x00002102, 0x00002104, 0x00002105, 0x00002106, 0x00002107, 0x00002108, 0x00002109, 0x0000210A, 0x0000210B)]
  undefined CMAPI_Cellular_UpdateProfile(DeviceId deviceId, CellularProfile profile, ResultCallback cb);
  /** Deletes a profile. */
  [Errors=(0x00000101, 0x00002001, 0x00002004)]
  undefined CMAPI_Cellular_DeleteProfile(DeviceId deviceId, DOMString profileName, ResultCallback cb);
  /** Makes a profile the device's default. */
  [Errors=(0x00000101, 0x00002001)]
  undefined CMAPI_Cellular_SetDefaultProfile(DeviceId deviceId, DOMString profileName, ResultCallback cb);
  /** Returns the default profile's name. */
  [Result=ProfileName, Errors=(0x00000101, 0x00002005)]
  undefined CMAPI_Cellular_GetDefaultProfile(DeviceId deviceId, ResultCallback cb);
  /** Returns the network registration state. */
  [Result=RegistrationInfo, Errors=(0x00000101, 0x00000132)]
  undefined CMAPI_Cellular_GetRegistrationState(DeviceId deviceId, ResultCallback cb);
  /** Scans for the operators in range; this can take minutes. */
  [Result=OperatorList, Exclusive, Errors=(0x00000101, 0x00000010, 0x00000132)]
  undefined CMAPI_Cellular_ScanOperators(DeviceId deviceId, ResultCallback cb);
  /** Selects the operator automatically, or registers on the PLMN given as MCC and MNC digits
      ("310260") in manual mode. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00003101, 0x00003102)]
  undefined CMAPI_Cellular_SelectNetwork(DeviceId deviceId, NetworkSelectionMode mode, optional DOMString plmnId, ResultCallback cb);
  /** Returns the network selection mode and, in manual mode, the selected PLMN. */
  [Result=NetworkSelection, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetNetworkSelection(DeviceId deviceId, ResultCallback cb);
  /** Sets the preferred radio technologies in order. */
  [Errors=(0x00000101, 0x00000105, 0x00003103)]
  undefined CMAPI_Cellular_SetBearerPreference(DeviceId deviceId, sequence<RadioTechnology> bearers, ResultCallback cb);
  /** Returns the preferred radio technologies. */
  [Result=BearerPreference, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetBearerPreference(DeviceId deviceId, ResultCallback cb);
  /** Sets whether data connections are allowed while roaming. */
  [Errors=(0x00000101)]
  undefined CMAPI_Cellular_SetRoamingPolicy(DeviceId deviceId, RoamingPolicy policy, ResultCallback cb);
  /** Returns the roaming policy. */
  [Result=RoamingPolicy, Errors=(0x00000101)]
  undefined CMAPI_Cellular_GetRoamingPolicy(DeviceId deviceId, ResultCallback cb);
  /** Returns the subscriber identity read from the UICC. */
  [Result=SubscriberInfo, Errors=(0x00000101, 0x00000135, 0x00000501, 0x00000502)]
  undefined CMAPI_Cellular_GetSubscriberInfo(DeviceId deviceId, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.5 Connection management
// ---------------------------------------------------------------------------------------------

enum ConnectionState { "disconnected", "connecting", "connected", "disconnecting", "suspended" };

enum ConnectionType { "cellular", "wlan", "ethernet", "tethered", "p2p" };

enum TrafficClass { "conversational", "streaming", "interactive", "background" };

dictionary ConnectionStatus {
  required ConnectionState state;
  ConnectionType connectionType;
  DOMString profileName;
  DOMString apn;
  RadioTechnology radioTechnology;
  /** Seconds since the connection was established. */
  unsigned long duration;
  IpConfiguration ipConfiguration;
};

dictionary ConnectionInfo {
  required unsigned long connectionId;
  required ConnectionType connectionType;
  required ConnectionState state;
  DOMString profileName;
  DOMString ssid;
};

dictionary ConnectionList {
  required unsigned long connectionListElements;
  required sequence<ConnectionInfo> connectionList;
};

dictionary ApnInfo {
  required DOMString apn;
};

dictionary AutoConnectSetting {
  required boolean enabled;
  DOMString profileName;
  boolean whileRoaming = false;
};

dictionary QosParameters {
  required TrafficClass trafficClass;
  /** Kilobits per second. */
  unsigned long maxBitrateUL;
  unsigned long maxBitrateDL;
  unsigned long guaranteedBitrateUL;
  unsigned long guaranteedBitrateDL;
  /** QoS class identifier (LTE QCI, 1-9). */
  octet qci;
};

dictionary SecondaryContext {
  required unsigned long contextId;
  required unsigned long primaryConnectionId;
  required ConnectionState state;
  required QosParameters qos;
  /** Traffic flow template packet filters, as text. */
  sequence<DOMString> packetFilters;
};

dictionary SecondaryContextList {
  required unsigned long contextListElements;
  required sequence<SecondaryContext> contextList;
};

dictionary SecondaryContextId {
  required unsigned long contextId;
};

dictionary ConnectionId {
  required unsigned long connectionId;
};

/** Data connections: connect, disconnect, status, auto-connect, QoS and secondary PDP contexts. */
[Exposed=Window, SCR="7.5"]
interface CmapiConnection {
  /** Starts a data connection with the given (or the default) profile. Interim responses report
      "received" and "processing"; the final one the connection id. */
  [Interim, Result=ConnectionId, Exclusive, Errors=(0x00000101, 0x00000014, 0x00000130, 0x00000132, 0x00002001, 0x00002005, 0x00003001, 0x00003009, 0x0000300A, 0x00006008)]
  undefined CMAPI_Connection_Connect(DeviceId deviceId, optional DOMString profileName, optional ConnectionType connectionType, ResultCallback cb);
  /** Ends the data connection. */
  [Exclusive, Errors=(0x00000101, 0x00003002, 0x00003005)]
  undefined CMAPI_Connection_Disconnect(DeviceId deviceId, optional unsigned long connectionId, ResultCallback cb);
  /** Cancels a connection attempt in progress. */
  [Errors=(0x00000101, 0x00003004)]
  undefined CMAPI_Connection_CancelConnect(DeviceId deviceId, ResultCallback cb);
  /** Returns the state of the device's data connection. */
  [Result=ConnectionStatus, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetStatus(DeviceId deviceId, ResultCallback cb);
  /** Lists the device's connections of every type. */
  [Result=ConnectionList, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetConnectionList(DeviceId deviceId, ResultCallback cb);
  /** Returns the APN of the current connection. */
  [Result=ApnInfo, Errors=(0x00000101, 0x00003008)]
  undefined CMAPI_Connection_GetCurrentAPN(DeviceId deviceId, ResultCallback cb);
  /** Sets whether the device connects by itself when it can. */
  [Errors=(0x00000101, 0x00002001)]
  undefined CMAPI_Connection_SetAutoConnect(DeviceId deviceId, AutoConnectSetting setting, ResultCallback cb);
  /** Returns the auto-connect setting. */
  [Result=AutoConnectSetting, Errors=(0x00000101)]
  undefined CMAPI_Connection_GetAutoConnect(DeviceId deviceId, ResultCallback cb);
  /** Requests QoS for the primary connection. */
  [Errors=(0x00000101, 0x00000013, 0x00003002)]
  undefined CMAPI_Connection_SetQoS(DeviceId deviceId, QosParameters qos, ResultCallback cb);
  /** Returns the QoS granted by the network. */
  [Result=QosParameters, Errors=(0x00000101, 0x00000014)]
  undefined CMAPI_Connection_GetQoS(DeviceId deviceId, ResultCallback cb);
  /** Creates and activates a secondary PDP context on the primary connection. */
  [Result=SecondaryContextId, Exclusive, Errors=(0x00000101, 0x00000013, 0x00003201, 0x00003203, 0x00003204)]
  undefined CMAPI_Connection_ActivateSecondaryContext(DeviceId deviceId, QosParameters qos, optional sequence<DOMString> packetFilters, ResultCallback cb);
  /** Deactivates a secondary PDP context. */
  [Exclusive, Errors=(0x00000101, 0x00003202, 0x00003205, 0x00003206, 0x00003207)]
  undefined CMAPI_Connection_DeactivateSecondaryContext(DeviceId deviceId, unsigned long contextId, ResultCallback cb);
  /** Lists the secondary PDP contexts. */
  [Result=SecondaryContextList, Errors=(0x00000101, 0x00003201)]
  undefined CMAPI_Connection_GetSecondaryContextList(DeviceId deviceId, ResultCallback cb);
  /** Sets the order in which connection types are tried. */
  [Errors=(0x00000101, 0x00003009)]
  undefined CMAPI_Connection_SetConnectionPriority(DeviceId deviceId, sequence<ConnectionType> priority, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.6 Network management
// ---------------------------------------------------------------------------------------------

dictionary RFInfo {
  required RadioTechnology Radio;
  /** Kilobits per second. */
  required unsigned long maxDataRateUL;
  required unsigned long maxDataRateDL;
  required DOMString frequencyBand;
  required DOMString channelNumberUL;
  required DOMString channelNumberDL;
};

dictionary RFInfoResult {
  required unsigned long RFInfoListElements;
  required sequence<RFInfo> RFInfoList;
};

dictionary SignalStrength {
  required RadioTechnology radioTechnology;
  /** Received signal strength in dBm. */
  required long rssi;
  /** 0 (none) to 5 (excellent). */
  required octet bars;
  long rsrp;
  long rsrq;
  double sinr;
  long ecio;
};

dictionary CellInfo {
  required RadioTechnology radioTechnology;
  Plmn plmn;
  unsigned long cellId;
  unsigned long locationAreaCode;
  unsigned long trackingAreaCode;
  unsigned long physicalCellId;
  unsigned long channel;
  long rssi;
};

dictionary CellList {
  required unsigned long cellListElements;
  required sequence<CellInfo> cellList;
};

dictionary SystemInfo {
  /** System ID (3GPP2) or PLMN id (3GPP) of the serving system. */
  required DOMString systemId;
  required RadioTechnology radioTechnology;
  required boolean roaming;
  required boolean serviceAvailable;
};

dictionary BandList {
  required sequence<DOMString> bands;
};

/** Radio information: RF, signal, cells, serving system, bands and network time. */
[Exposed=Window, SCR="7.6"]
interface CmapiNetwork {
  /** Returns the radio frequency information of each active radio. */
  [Result=RFInfoResult, Errors=(0x00000101, 0x00000105, 0x00000132)]
  undefined CMAPI_Network_GetRFInfo(DeviceId deviceId, ResultCallback cb);
  /** Returns the current signal strength. */
  [Result=SignalStrength, Errors=(0x00000101, 0x00000005, 0x00000132)]
  undefined CMAPI_Network_GetSignalStrength(DeviceId deviceId, ResultCallback cb);
  /** Returns the serving cell. */
  [Result=CellInfo, Errors=(0x00000101, 0x00000005, 0x00000132)]
  undefined CMAPI_Network_GetServingCell(DeviceId deviceId, ResultCallback cb);
  /** Returns the neighbouring cells the device measures. */
  [Result=CellList, Errors=(0x00000101, 0x00000011, 0x00000132)]
  undefined CMAPI_Network_GetNeighborCells(DeviceId deviceId, ResultCallback cb);
  /** Returns the serving system. */
  [Result=SystemInfo, Errors=(0x00000101, 0x00000005, 0x00000134)]
  undefined CMAPI_Network_GetSystemInfo(DeviceId deviceId, ResultCallback cb);
  /** Returns the time the network reports (NITZ). */
  [Result=DateTime, Errors=(0x00000101, 0x00000011)]
  undefined CMAPI_Network_GetNetworkTime(DeviceId deviceId, ResultCallback cb);
  /** Returns the frequency bands the device supports. */
  [Result=BandList, Errors=(0x00000101)]
  undefined CMAPI_Network_GetSupportedBands(DeviceId deviceId, ResultCallback cb);
  /** Restricts the device to the given bands. */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000120)]
  undefined CMAPI_Network_SetBandPreference(DeviceId deviceId, sequence<DOMString> bands, ResultCallback cb);
  /** Returns the band restriction. */
  [Result=BandList, Errors=(0x00000101)]
  undefined CMAPI_Network_GetBandPreference(DeviceId deviceId, ResultCallback cb);
  /** Sets which radio technologies are enabled. */
  [Errors=(0x00000101, 0x00000105, 0x00000106, 0x00000110)]
  undefined CMAPI_Network_SetRadioMask(DeviceId deviceId, RadioMask radio, ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.7 CDMA2000
// ---------------------------------------------------------------------------------------------

/** Where a CDMA2000 device stands in over-the-air service provisioning (OTASP, 3GPP2 C.S0016). */
enum ActivationState {
  /** No number is programmed (the NAM holds the factory MIN): the device cannot use the network until it is activated. */
  "not_activated",
  /** An activation call (OTASP) is running; the device cannot make other calls meanwhile. */
  "activating",
  /** The NAM is programmed: the device has its phone number and may register. */
  "activated",
  /** The last activation attempt failed; ActivationStatus.reason says why. The device is as before the attempt. */
  "failed"
};

/** What a client-initiated OMA-DM session updates, or that the network started it. */
enum OmaDmSessionType {
  /** Downloads a new preferred roaming list (what "Update PRL" or ##UPDATE# starts on phones). */
  "client_initiated_prl",
  /** Updates the device's configuration (the "Update profile" of phones: NAI, Mobile IP settings, MDN). */
  "client_initiated_device_config",
  /** Looks for and downloads a firmware update (FOTA). */
  "client_initiated_firmware",
  /** Started by the operator's server (a WAP push or SMS notification); only ever reported, never accepted by CMAPI_CDMA_StartOMADMSession (0x00004019). */
  "network_initiated"
};

/** The stage of an OMA-DM session. "completed" and "failed" are final: the session then accepts no RespondOMADMSession or CancelOMADMSession (0x0000401A). */
enum OmaDmSessionState {
  /** Created, waiting for a data connection or for the user to accept a network-initiated session (RespondOMADMSession). */
  "idle",
  /** Opening the data connection to the DM server. */
  "connecting",
  /** Exchanging credentials with the DM server. */
  "authenticating",
  /** Receiving and applying the update. */
  "in_progress",
  /** The update was applied. */
  "completed",
  /** The session ended without applying the update; OmaDmSession.failureReason says why. */
  "failed",
  /** Waiting before a retry (OmaDmSettings.sessionPause) or until a deferral (RespondOMADMSession "defer") runs out. */
  "paused"
};

/** Why an OMA-DM session failed or was cancelled. An application may only give the reasons that come from its side (user_cancelled, low_battery, insufficient_storage); the others are the device's to report. */
enum OmaDmFailureReason {
  /** The user (through an application) cancelled the session. */
  "user_cancelled",
  /** The battery is too low to apply an update safely. */
  "low_battery",
  /** There is no room to store the download. */
  "insufficient_storage",
  /** No data connection to the DM server could be made, or it dropped. */
  "network_error",
  /** The DM server answered with an error or not at all. */
  "server_error",
  /** The DM server or the device rejected the other's credentials. */
  "authentication_failed",
  /** The downloaded package was corrupt or did not fit the device. */
  "invalid_package"
};

/** Why an application starts an OMA-DM session; the DM server may treat them differently. */
enum OmaDmStartReason {
  /** The user asked for the update. */
  "user_request",
  /** Hands-free activation at first use, before the user has a phone number: only on a device that is not activated (0x00004024 otherwise). */
  "hands_free_activation",
  /** A periodic check the application schedules. */
  "scheduled"
};

/** Whether the device uses Simple IP or Mobile IP (RFC 3344, 3GPP2 X.S0011) for packet data. */
enum MobileIpMode {
  /** Simple IP only: the address comes from the serving PDSN and changes when the device moves. */
  "simple_ip_only",
  /** Mobile IP, falling back to Simple IP when registration with the home agent fails. */
  "mobile_ip_preferred",
  /** Mobile IP only: no data connection when registration fails. */
  "mobile_ip_only"
};

/** The answer to a network-initiated OMA-DM session's prompt. */
enum OmaDmSelection {
  /** Run the session now. */
  "proceed",
  /** Run it later: after deferMinutes. */
  "defer",
  /** Do not run it; the device tells the DM server the user declined. */
  "reject"
};

/** The CDMA2000 roaming preference: which systems of the PRL the device may register on. */
enum CdmaRoamingPreference {
  /** Only systems the PRL marks as home; no roaming. */
  "home_only",
  /** Home systems and systems of the operator's roaming partners (PRL entries with the affiliated roaming indicator). */
  "affiliated",
  /** Any system that offers service, as the PRL orders them. */
  "any"
};

/** The device's activation state. */
dictionary ActivationStatus {
  /** Whether the device is activated, being activated, or failed its last attempt. */
  required ActivationState state;
  /** When state is "failed": why, as the network or the device said it (e.g. "OTASP commit failed"), for showing to the user; absent otherwise. */
  DOMString reason;
};

/** The answer of CMAPI_CDMA_ValidateSPC. A wrong SPC is this result with valid false, not an error (0x00004002 "The SPC is valid" and 0x00004003 are not returned by ValidateSPC). */
dictionary SpcCheck {
  /** True when the SPC matches the one programmed in the device. */
  required boolean valid;
};

/** A number assignment module (NAM, 3GPP2 C.S0016): the subscription a CDMA2000 device registers with. */
dictionary NamInfo {
  /** Mobile directory number: the device's phone number as dialled, 10 to 15 decimal digits (10 in North America). */
  required DOMString mdn;
  /** Mobile identification number (MIN, the IMSI_S): exactly 10 decimal digits; often equal to the MDN when first activated. */
  required DOMString min;
  /** Home system identification (SID), 1-32767 (15 bits); 0 is not a valid SID. */
  required unsigned short sid;
  /** Home network identification (NID) within the SID, 0-65535; 65535 means every network of the SID is home. Absent when only the SID is programmed. */
  unsigned short nid;
};

/** The preferred roaming list (PRL) the device holds. */
dictionary PrlInfo {
  /** The PRL's identifier, the PR_LIST_ID field that operators use as its version number and phones show as "PRL version" (e.g. 60677), 0-65535. */
  required unsigned short prlVersion;
  /** The PRL's format: 1 for an IS-683-A PRL, 3 for an IS-683-C extended PRL (SSPR_P_REV). */
  required octet prlFormat;
};

/** A Mobile IP profile as results show it: the MN-HA and MN-AAA shared secrets are never returned, only whether they are set. */
dictionary MobileIpProfile {
  /** The profile's slot, 0-15; devices usually have 1 to 6 profiles (0x00004006 for a slot the device does not have). */
  required unsigned short index;
  /** Whether the profile may be used; only the enabled profile MobileIpSettings.activeProfile names is used. */
  required boolean enabled;
  /** The network access identifier the device registers with, user@realm (RFC 4282), at most 72 characters. */
  required DOMString nai;
  /** Security parameter index of the MN-HA authentication extension; operators commonly use 2 or 3. Absent when not programmed. */
  unsigned long haSpi;
  /** Security parameter index of the MN-AAA authentication extension; operators commonly use 2. Absent when not programmed. */
  unsigned long aaaSpi;
  /** The home address, dotted IPv4; "0.0.0.0" asks the home agent to assign one at each registration. */
  DOMString homeAddress;
  /** The primary home agent, dotted IPv4; "255.255.255.255" asks the network to assign a home agent dynamically. */
  DOMString primaryHomeAgent;
  /** The secondary home agent, dotted IPv4, tried when the primary does not answer; "0.0.0.0" or absent when there is none. */
  DOMString secondaryHomeAgent;
  /** Whether reverse tunnelling (RFC 3024) is requested: traffic from the device is tunnelled through the home agent. */
  boolean reverseTunneling;
  /** True when an MN-HA shared secret is programmed (its value is write-only). */
  boolean mnHaSet;
  /** True when an MN-AAA shared secret is programmed (its value is write-only). */
  boolean mnAaaSet;
  /** How many times a failed registration is retried before giving up, 0-255 (0: no retry). */
  octet retryLimit;
  /** Interval between registration retries, in s, 0-255; devices commonly double it for each further retry. */
  octet retryInterval;
  /** How long before the registration lifetime expires the device registers again, in minutes. */
  unsigned short reregPeriod;
  /** When true, the device registers again at the end of the lifetime only if data was sent since the last registration. */
  boolean reregTraffic;
  /** Whether the device requires and checks the home agent's MN-HA authenticator in registration replies. */
  boolean haAuthenticator;
  /** Whether the MN-HA authenticator is computed as RFC 2002bis (RFC 3344) says rather than as RFC 2002. */
  boolean ha2002bis;
};

/** A Mobile IP profile to write: MobileIpProfile plus the shared secrets, which are accepted here and never returned. */
dictionary MobileIpProfileSettings {
  /** The profile's slot, 0-15 (0x00004006 for a slot the device does not have). */
  required unsigned short index;
  /** Whether the profile may be used (0x00004026 when the device refuses, e.g. disabling its only profile in mobile_ip_only mode). */
  required boolean enabled;
  /** The network access identifier, user@realm (RFC 4282), at most 72 characters (0x00004028 when malformed). */
  required DOMString nai;
  /** Security parameter index of the MN-HA authentication extension (0x00004029 when the device does not support it); unchanged when absent. */
  unsigned long haSpi;
  /** Security parameter index of the MN-AAA authentication extension (0x0000402A when the device does not support it); unchanged when absent. */
  unsigned long aaaSpi;
  /** The home address, dotted IPv4; "0.0.0.0" for one assigned at each registration (0x0000402B when malformed); unchanged when absent. */
  DOMString homeAddress;
  /** The primary home agent, dotted IPv4; "255.255.255.255" for dynamic assignment (0x0000402C when malformed); unchanged when absent. */
  DOMString primaryHomeAgent;
  /** The secondary home agent, dotted IPv4; "0.0.0.0" for none (0x0000402D when malformed); unchanged when absent. */
  DOMString secondaryHomeAgent;
  /** Whether reverse tunnelling (RFC 3024) is requested (0x00004027 when the device cannot do it); unchanged when absent. */
  boolean reverseTunneling;
  /** The MN-HA shared secret, up to 16 bytes of text (0x00004017 when too long); write-only; the stored one is kept when absent. */
  DOMString mnHa;
  /** The MN-AAA shared secret, up to 16 bytes of text (0x00004018 when too long); write-only; the stored one is kept when absent. */
  DOMString mnAaa;
  /** Registration retries, 0-255 (0x0000402E when beyond what the device supports); unchanged when absent. */
  octet retryLimit;
  /** Interval between registration retries, in s (0x0000402F when beyond what the device supports); unchanged when absent. */
  octet retryInterval;
  /** Re-registration this many minutes before the lifetime expires (0x00004030 when beyond what the device supports); unchanged when absent. */
  unsigned short reregPeriod;
  /** Re-register only after data traffic (0x00004031 when the device cannot); unchanged when absent. */
  boolean reregTraffic;
  /** Require the home agent's authenticator (0x00004032 when the device cannot); unchanged when absent. */
  boolean haAuthenticator;
  /** Compute the MN-HA authenticator as RFC 2002bis says (0x00004033 when the device cannot); unchanged when absent. */
  boolean ha2002bis;
};

/** The device-wide Mobile IP settings. */
dictionary MobileIpSettings {
  /** Simple IP, Mobile IP or Mobile IP with fallback (0x00004025 when the device does not support the mode). */
  required MobileIpMode mode;
  /** The index of the Mobile IP profile used for registration, 0-15; ignored in simple_ip_only mode. */
  required unsigned short activeProfile;
};

/** HDR (CDMA2000 1xEV-DO) session settings: the revision used and the session configuration protocol (SCP, 3GPP2 C.S0024) subtypes the device proposes. */
dictionary HdrSettings {
  /** True forces EV-DO Release 0 (no Rev. A or Rev. B), for networks or tests that need it; false lets the device negotiate the highest revision (0x0000400D when the device cannot force it). */
  required boolean forceRev0;
  /** True makes the device propose the subtypes in protocol, broadcast and application instead of its defaults (0x0000400E when the device has no custom SCP). */
  required boolean customScp;
  /** Bit mask of the protocol subtypes proposed in the custom SCP configuration (bit n = subtype n, C.S0024); used only when customScp is true (0x0000400F when a bit names a subtype the device lacks). */
  unsigned long protocol;
  /** Bit mask of the broadcast protocol subtypes proposed; used only when customScp is true (0x00004010 when invalid). */
  unsigned long broadcast;
  /** Bit mask of the application subtypes proposed (e.g. the enhanced multi-flow packet application); used only when customScp is true (0x00004011 when invalid). */
  unsigned long application;
};

/** An OMA-DM session and how far it got. */
dictionary OmaDmSession {
  /** The session's id, unique on the device until it restarts. */
  required unsigned long sessionId;
  /** What the session updates, or that the network started it. */
  required OmaDmSessionType sessionType;
  /** The session's stage. */
  required OmaDmSessionState state;
  /** Why the session failed or was cancelled; present only when state is "failed". */
  OmaDmFailureReason failureReason;
  /** How many times the session has been retried so far, 0 on the first attempt; at most OmaDmSettings.retryCount. */
  unsigned short retryCount;
};

/** The id of a session that CMAPI_CDMA_StartOMADMSession started. */
dictionary OmaDmSessionId {
  /** The session's id, for GetOMADMSession, CancelOMADMSession and the OMADMSessionChanged callback. */
  required unsigned long sessionId;
};

/** How the device retries failed OMA-DM sessions. */
dictionary OmaDmSettings {
  /** How many times a failed session is retried before it ends as "failed", 0-10 (0: no retry) (0x0000401C when the device does not support the count). */
  required octet retryCount;
  /** The pause before each retry, in s, 0-86400 (0x0000401D when the device does not support the value). */
  required unsigned long sessionPause;
};

/** The access overload class (ACCOLC, 3GPP2 C.S0005): the class the device uses when the network restricts access in congestion. */
dictionary Accolc {
  /** 0-15: 0-9 are ordinary subscribers (by default the last digit of the MIN), 10-15 are reserved for test and emergency services. */
  required octet accolc;
};

/** Which OMA-DM updates the device runs by itself. */
dictionary FeatureState {
  /** The device may update its configuration when the network asks (network-initiated device configuration sessions); false makes it reject them (0x00004021 when the device cannot turn it off). */
  required boolean deviceConfigUpdate;
  /** The device may update its PRL over OMA-DM (0x00004022 when the device cannot turn it off). */
  required boolean prlUpdate;
  /** The device may update its firmware over OMA-DM, FOTA (0x00004023 when the device cannot turn it off). */
  required boolean firmwareUpdate;
};

/** CDMA2000 (3GPP2) functions: activation (OTASP), the NAM and SPC, the PRL, Mobile IP, HDR (EV-DO) and OMA-DM sessions.
    Every function here answers 0x00000107 on a device without CDMA2000 and 0x00000108 on a multi-mode device that
    currently runs as a 3GPP device (its card has no CSIM or R-UIM, or it is set to 3GPP only). Functions that program the
    device take the service programming code (SPC, also called MSL: six decimal digits, "000000" on many unlocked
    devices) and answer 0x00004003 when it is wrong; devices may refuse further attempts after several wrong ones. */
[Exposed=Window, SCR="7.7"]
interface CmapiCDMA {
  /** Activates the device over the air (OTASP, 3GPP2 C.S0016): the device places an activation call and the network
      programs its NAM and PRL. The interim responses: "received" when the call is accepted, "processing" while the
      call runs (usually 30 s to 2 min); the final response carries the resulting ActivationStatus. Not while a data
      connection is up (0x00000110). */
  [Result=ActivationStatus, Interim, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00000110, 0x00004004, 0x00004005)]
  undefined CMAPI_CDMA_Activate(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The number the activation call dials: *228 followed by the operator's two digits (e.g. "*22899"); 0x00004004 when the device or network refuses it. */
    DOMString activationCode,
    ResultCallback cb);
  /** Returns whether the device is activated; reads the device, places no call. */
  [Result=ActivationStatus, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetActivationStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Checks a service programming code without changing anything. A wrong SPC is the result {"valid": false}, not an error. */
  [Result=SpcCheck, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_ValidateSPC(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The code to check: six decimal digits. */
    DOMString spc,
    ResultCallback cb);
  /** Returns a number assignment module: the phone number, MIN and home system. */
  [Result=NamInfo, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004006)]
  undefined CMAPI_CDMA_GetNAM(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which NAM, 0-3; devices have 1 to 4 (0x00004006 for one the device lacks). 0, the first, by default. */
    optional octet index = 0,
    ResultCallback cb);
  /** Programs a number assignment module (manual activation). Takes effect at the next registration; some devices restart their radio. */
  [Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00000134, 0x00004003, 0x00004006, 0x00004013, 0x00004014, 0x00004015)]
  undefined CMAPI_CDMA_SetNAM(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The values to program: 0x00004014 for an MDN and 0x00004015 for a MIN the device rejects, 0x00004013 for a SID it rejects, 0x00000134 when it rejects the system ID as a whole (the SID/NID pair). */
    NamInfo nam,
    /** Which NAM to program, 0-3; 0 by default (0x00004006 for one the device lacks). */
    optional octet index = 0,
    ResultCallback cb);
  /** Returns the version and format of the preferred roaming list the device holds. */
  [Result=PrlInfo, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetPRLInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Replaces the preferred roaming list. The interim responses: "received" when the data is accepted, "processing"
      while it is checked and written to non-volatile memory (a few seconds); the final response comes when the new
      PRL is in use. On failure the old PRL stays. 0x00004008 when the data is not a PRL (its length or CRC does not
      check), 0x00004016 when it is a PRL the device does not accept (e.g. an extended PRL on an IS-683-A device). */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x00004008, 0x00004016)]
  undefined CMAPI_CDMA_WritePRL(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The PRL file's bytes as the operator distributes it (a .prl file, C.S0016 format, at most 65535 bytes). */
    Base64 prl,
    ResultCallback cb);
  /** Returns a Mobile IP profile; the shared secrets only as mnHaSet and mnAaaSet. */
  [Result=MobileIpProfile, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004006, 0x0000400B)]
  undefined CMAPI_CDMA_GetMobileIPProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The profile's slot, 0-15: 0x00004006 for a slot the device does not have, 0x0000400B for an empty one. */
    unsigned short index,
    ResultCallback cb);
  /** Writes a Mobile IP profile at its index. Members left out keep their stored values. Applies at the next registration. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x00004006, 0x00004017, 0x00004018, 0x00004026, 0x00004027, 0x00004028, 0x00004029, 0x0000402A, 0x0000402B, 0x0000402C, 0x0000402D, 0x0000402E, 0x0000402F, 0x00004030, 0x00004031, 0x00004032, 0x00004033)]
  undefined CMAPI_CDMA_SetMobileIPProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The profile, with its index; each member's error code is in its description. */
    MobileIpProfileSettings profile,
    ResultCallback cb);
  /** Returns the Mobile IP mode and the profile in use. */
  [Result=MobileIpSettings, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetMobileIPSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the Mobile IP mode and the profile in use; applies to the next data connection (0x00000010 while one is up, if the device cannot change it then). */
  [Errors=(0x00000101, 0x00000010, 0x00000107, 0x00000108, 0x00004003, 0x00004006, 0x0000400B, 0x00004025)]
  undefined CMAPI_CDMA_SetMobileIPSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The mode (0x00004025 when the device does not support it) and the profile to use (0x00004006 for a slot the device lacks, 0x0000400B for an empty one). */
    MobileIpSettings settings,
    ResultCallback cb);
  /** Returns the access overload class. */
  [Result=Accolc, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetAccolc(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the access overload class; applies at the next access attempt. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004003, 0x0000400C)]
  undefined CMAPI_CDMA_SetAccolc(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The service programming code, six decimal digits; write-only. */
    DOMString spc,
    /** The class, 0-15 (0x0000400C when the device refuses it, e.g. 10-15 on a consumer device). */
    octet accolc,
    ResultCallback cb);
  /** Returns the HDR (EV-DO) settings. */
  [Result=HdrSettings, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetHDRSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Writes the HDR (EV-DO) settings; they apply when the next HDR session is negotiated (the device may close the current one). */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x0000400D, 0x0000400E, 0x0000400F, 0x00004010, 0x00004011)]
  undefined CMAPI_CDMA_SetHDRSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The settings; each member's error code is in its description. */
    HdrSettings settings,
    ResultCallback cb);
  /** Sets which systems the device may register on; applies at once (the device may leave a roaming system). */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004012)]
  undefined CMAPI_CDMA_SetRoamingPreference(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The preference (0x00004012 when the device does not support it, e.g. "affiliated" without a PRL that marks partners). */
    CdmaRoamingPreference roaming,
    ResultCallback cb);
  /** Starts a client-initiated OMA-DM session and answers at once with its id; the session then runs by itself and
      reports each stage through CMAPI_Callback_OMADMSessionChanged. One session at a time per device (0x00000006). */
  [Result=OmaDmSessionId, Exclusive, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004019, 0x00004024)]
  undefined CMAPI_CDMA_StartOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** What to update; "network_initiated", or a type the device does not offer, gives 0x00004019. */
    OmaDmSessionType sessionType,
    /** Why the session starts; "user_request" by default (0x00004024 when the reason does not apply, e.g. "hands_free_activation" on an activated device). */
    optional OmaDmStartReason reason = "user_request",
    ResultCallback cb);
  /** Returns an OMA-DM session's state. Finished sessions stay readable until the device restarts. */
  [Result=OmaDmSession, Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401F)]
  undefined CMAPI_CDMA_GetOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id (0x0000401F when malformed, 0x00004001 when no session has it). */
    unsigned long sessionId,
    ResultCallback cb);
  /** Answers the prompt of a network-initiated session (state "idle"): run it now, later or not at all. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401A, 0x0000401E, 0x00004020)]
  undefined CMAPI_CDMA_RespondOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id, from the OMADMSessionChanged callback (0x00004001 when no session has it, 0x0000401A when it is not waiting for an answer). */
    unsigned long sessionId,
    /** Proceed, defer or reject (0x0000401E when the server does not allow it, e.g. "reject" for a mandatory update). */
    OmaDmSelection selection,
    /** With "defer": how long to wait, in minutes, 1-10080 (a week) (0x00004020 when missing, out of range or given with another selection). */
    optional unsigned long deferMinutes,
    ResultCallback cb);
  /** Cancels an OMA-DM session that has not finished; it ends as "failed" with the reason given. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004001, 0x0000401A, 0x0000401B)]
  undefined CMAPI_CDMA_CancelOMADMSession(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The session's id (0x00004001 when no session has it, 0x0000401A when it has already finished). */
    unsigned long sessionId,
    /** The reason recorded in the session and reported to the DM server; "user_cancelled" by default. Only user_cancelled, low_battery and insufficient_storage are an application's to give (0x0000401B for the others). */
    optional OmaDmFailureReason reason = "user_cancelled",
    ResultCallback cb);
  /** Returns how failed OMA-DM sessions are retried. */
  [Result=OmaDmSettings, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetOMADMSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets how failed OMA-DM sessions are retried; applies to sessions started afterwards. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x0000401C, 0x0000401D)]
  undefined CMAPI_CDMA_SetOMADMSettings(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The retry count (0x0000401C when unsupported) and the pause between retries (0x0000401D when unsupported). */
    OmaDmSettings settings,
    ResultCallback cb);
  /** Returns which OMA-DM updates the device runs by itself. */
  [Result=FeatureState, Errors=(0x00000101, 0x00000107, 0x00000108)]
  undefined CMAPI_CDMA_GetFeatureState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Enables or disables the OMA-DM updates the device runs by itself; client-initiated sessions are not affected. */
  [Errors=(0x00000101, 0x00000107, 0x00000108, 0x00004021, 0x00004022, 0x00004023)]
  undefined CMAPI_CDMA_SetFeatureState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The three switches; each member's error code is in its description. */
    FeatureState state,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.8 Device services
// ---------------------------------------------------------------------------------------------

/** The device's power state. */
dictionary PowerStateInfo {
  /** The state the device is in now (during a change, the state it is leaving until the change completes). */
  required PowerState powerState;
};

/** Whether the radios asked about are switched on. */
dictionary RadioState {
  /** The radios asked about, as given to CMAPI_DeviceService_GetRadioState (0xFF: every radio the device has). */
  required RadioMask radio;
  /** True when every radio in the mask is switched on (it may still have no service); false when at least one is off. */
  required boolean on;
};

/** The device's identity and versions. Which identifiers are present depends on its radios: imei for 3GPP, meid and esn for CDMA2000; a Wi-Fi-only device may have none of them. */
dictionary DeviceIdentity {
  /** International mobile equipment identity (3GPP TS 23.003): 15 decimal digits including the check digit; absent on a device without a 3GPP radio. */
  DOMString imei;
  /** Mobile equipment identifier (3GPP2 S.R0048): 14 hexadecimal digits, upper case; absent on a device without a CDMA2000 radio. */
  DOMString meid;
  /** Electronic serial number: 8 hexadecimal digits, upper case; on a device with a MEID, the pseudo-ESN derived from it (prefix 80). */
  DOMString esn;
  /** The manufacturer's serial number, as printed on the device's label; free text. */
  DOMString serialNumber;
  /** The manufacturer's name, e.g. "Quectel". */
  required DOMString manufacturer;
  /** The model name or number, e.g. "EM7455". */
  required DOMString model;
  /** The firmware (software) version, as the manufacturer writes it; compare it only for equality. */
  required DOMString firmwareVersion;
  /** The hardware revision, as the manufacturer writes it; absent when the device does not report one. */
  DOMString hardwareVersion;
};

/** Where the device's power comes from and whether the battery charges. */
enum BatteryState {
  /** The device has no battery (or it is removed) and runs from external power. */
  "not_present",
  /** The device runs from its battery. */
  "discharging",
  /** External power is connected and the battery is charging. */
  "charging",
  /** External power is connected and the battery is full. */
  "full",
  /** External power is connected and the battery neither charges nor discharges (e.g. too hot to charge). */
  "external_power"
};

/** The battery's state and charge. */
dictionary BatteryStatus {
  /** Power source and charging state. */
  required BatteryState state;
  /** Remaining charge in %, 0-100; absent when state is "not_present" or the device cannot measure it. */
  octet level;
};

/** A control key: a code that lifts a device personalisation (a lock to a network, operator or card). Written only: a key's value never appears in a result. */
dictionary ControlKey {
  /** Which key: 1-5 are the 3GPP keys of TS 22.022 (1 network NCK, 2 network subset NSCK, 3 service provider SPCK, 4 corporate CCK, 5 SIM/USIM PCK); 0x101-0x106 the 3GPP2 R-UIM personalisation keys (0x101 network type 1, 0x102 network type 2, 0x103 HRPD, 0x104 corporate, 0x105 service provider, 0x106 R-UIM). */
  required unsigned long keyId;
  /** The key's value: 8 to 16 decimal digits (TS 22.022); write-only. */
  required DOMString value;
};

/** Whether the personalisation a control key lifts is active. */
dictionary ControlKeyStatus {
  /** The key asked about (see ControlKey.keyId). */
  required unsigned long keyId;
  /** True while the device is locked by this personalisation (the key has not been entered yet). */
  required boolean active;
  /** Wrong entries left before the device refuses further attempts for this key; absent when the device does not limit them. */
  octet retriesLeft;
};

/** Power, radio switches, identity, battery, control keys, factory reset, restart and the device clock. */
[Exposed=Window, SCR="7.8"]
interface CmapiDeviceService {
  /** Returns the device's power state. */
  [Result=PowerStateInfo, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetPowerState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Changes the device's power state; answers when the change is done and emits CMAPI_Callback_PowerStateChanged.
      Going to "airplane" or "off" ends every data connection unless the device refuses to (0x00000010). */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0x00000130, 0x00000131, 0x00000133)]
  undefined CMAPI_DeviceService_SetPowerState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The state to go to (0x00000131 when the device does not support it, e.g. "low_power"; 0x00000133 when it cannot be reached from the current state; 0x00000130 when a change is not allowed in the current state). */
    PowerState powerState,
    ResultCallback cb);
  /** Returns whether the given radios are switched on. */
  [Result=RadioState, Errors=(0x00000101, 0x00000105)]
  undefined CMAPI_DeviceService_GetRadioState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to ask about; 0xFF for all the device has (0x00000105 when the mask names one it lacks). */
    RadioMask radio,
    ResultCallback cb);
  /** Switches radios on or off (the software switch; a hardware switch that is off wins: 0x00000130). Switching a radio off ends its connections. */
  [Exclusive, Errors=(0x00000101, 0x00000105, 0x00000130)]
  undefined CMAPI_DeviceService_SetRadioState(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The radios to switch; 0xFF for all the device has (0x00000105 when the mask names one it lacks). */
    RadioMask radio,
    /** True switches them on, false off. */
    boolean on,
    ResultCallback cb);
  /** Returns the device's identifiers, manufacturer, model and versions. */
  [Result=DeviceIdentity, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetIdentity(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the battery's state and charge (0x00000104 on a device that cannot report a battery, e.g. a USB modem). */
  [Result=BatteryStatus, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_DeviceService_GetBatteryStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns whether the personalisation a control key lifts is active; never the key's value. */
  [Result=ControlKeyStatus, Errors=(0x00000101, 0x00000210)]
  undefined CMAPI_DeviceService_GetControlKey(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which key (see ControlKey.keyId); 0x00000210 for a 3GPP2 key on a 3GPP device or the reverse. */
    unsigned long keyId,
    ResultCallback cb);
  /** Enters a control key: with the right value the device lifts the personalisation it controls, for good. */
  [Exclusive, Errors=(0x00000101, 0x00000210, 0x00000211)]
  undefined CMAPI_DeviceService_SetControlKey(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The key and its value (0x00000210 for a key of the other system, 0x00000211 when the value is wrong or malformed). */
    ControlKey key,
    ResultCallback cb);
  /** Erases the user's settings and data (known networks, profiles, messages on the device) and restarts the device,
      which then closes every session. Answers before the restart. Needs the administrator or operator access level (0xF0000001). */
  [Exclusive, Errors=(0x00000101, 0x00000010, 0xF0000001)]
  undefined CMAPI_DeviceService_FactoryReset(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Restarts the device. Answers before the restart; the device then disappears (CMAPI_Callback_DeviceChanged) and
      must be opened again when it is back. 0x00000010 when a connection prevents it and the device will not drop it. */
  [Exclusive, Errors=(0x00000101, 0x00000010)]
  undefined CMAPI_DeviceService_Reboot(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the device's clock (set from the network, NITZ, where the network sends it). */
  [Result=DateTime, Errors=(0x00000101)]
  undefined CMAPI_DeviceService_GetTime(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.9 Device extended services
// ---------------------------------------------------------------------------------------------

/** Where a firmware update stands. */
enum FirmwareUpdateState {
  /** No update in progress and none downloaded. */
  "idle",
  /** Asking the update server whether a newer firmware exists. */
  "checking",
  /** Downloading the update; FirmwareUpdateStatus.progress says how far. */
  "downloading",
  /** Downloaded and verified, waiting to be installed (CMAPI_DeviceExt_StartFirmwareUpdate with installWhenReady). */
  "ready",
  /** Installing; the device restarts at the end and is unreachable meanwhile. */
  "installing",
  /** The last check, download or installation failed; the device keeps its current firmware. */
  "failed"
};

/** A firmware update's progress. */
dictionary FirmwareUpdateStatus {
  /** Where the update stands. */
  required FirmwareUpdateState state;
  /** The version being downloaded or ready to install, as the manufacturer writes it; absent when no update is known. */
  DOMString availableVersion;
  /** Download or installation progress in %, 0-100; present in "downloading" and "installing". */
  octet progress;
};

/** The device's temperature. */
dictionary Temperature {
  /** The temperature of the device's hottest sensor (usually the modem chip), in degrees Celsius, e.g. 41.5. */
  required double celsius;
  /** True while the device reduces its throughput or transmit power to cool down; absent when it cannot tell. */
  boolean throttled;
};

/** A piece of the device log, from the offset asked for. */
dictionary LogChunk {
  /** The log's bytes, at most 65536 before BASE64 encoding; the device chooses the size. The next call's offset is this call's offset plus the decoded length. */
  required Base64 data;
  /** True when the log continues after this chunk. */
  required boolean more;
};

/** A vendor configuration item: a setting outside OpenCMAPI, named and valued as the vendor documents it. */
dictionary ConfigurationItem {
  /** The item's name, as the vendor documents it (e.g. "usb.mode"); 0x00000120 for a name the device does not know. */
  required DOMString name;
  /** The item's value as text (numbers in decimal, booleans "true"/"false"), as the vendor documents it. */
  required DOMString value;
};

/** The antennas the device can switch between and the one in use. */
dictionary AntennaInfo {
  /** The number of entries in antennaList. */
  required unsigned long antennaListElements;
  /** The antennas' names as the vendor documents them (e.g. "internal", "external"); "auto" is listed when the device can choose by itself. */
  required sequence<DOMString> antennaList;
  /** The antenna in use, one of antennaList. */
  required DOMString selected;
};

/** Vendor-side extras: firmware update, temperature, the device log, vendor configuration items and antenna selection. */
[Exposed=Window, SCR="7.9"]
interface CmapiDeviceExt {
  /** Returns where a firmware update stands. */
  [Result=FirmwareUpdateStatus, Errors=(0x00000101)]
  undefined CMAPI_DeviceExt_GetFirmwareUpdateStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Checks for a firmware update and downloads it. The interim responses: "received" when the request is accepted,
      "processing" while checking and downloading (minutes); the final response comes when the update is "ready",
      or, with installWhenReady, when installation starts (the device then restarts and disappears until it is done).
      0x00000011 when no newer firmware exists, 0x00000014 when the device has no connection to fetch it. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000010, 0x00000011, 0x00000014, 0x00000130)]
  undefined CMAPI_DeviceExt_StartFirmwareUpdate(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** True installs the update as soon as it is downloaded; false (the default) stops at "ready", and a later call with true installs it. */
    optional boolean installWhenReady = false,
    ResultCallback cb);
  /** Returns the device's temperature (0x00000104 on a device without a sensor). */
  [Result=Temperature, Errors=(0x00000101, 0x00000104)]
  undefined CMAPI_DeviceExt_GetTemperature(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Reads the device log from an offset, one chunk per call (0x00000121 when the device offers no log). */
  [Result=LogChunk, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_DeviceExt_GetLog(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Where to start, in bytes from the log's beginning; 0 (the default) reads from the start. An offset past the end gives empty data and more false. */
    optional unsigned long offset = 0,
    ResultCallback cb);
  /** Reads a vendor configuration item. */
  [Result=ConfigurationItem, Errors=(0x00000101, 0x00000120)]
  undefined CMAPI_DeviceExt_GetConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The item's name (0x00000120 for a name the device does not know). */
    DOMString name,
    ResultCallback cb);
  /** Writes a vendor configuration item; when it applies (at once or after a restart) is the vendor's to document. */
  [Errors=(0x00000101, 0x00000120)]
  undefined CMAPI_DeviceExt_SetConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The item to write (0x00000120 for an unknown name or a value the device does not accept). */
    ConfigurationItem item,
    ResultCallback cb);
  /** Returns the antennas and the one in use (0x00000121 when the device cannot switch antennas). */
  [Result=AntennaInfo, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_DeviceExt_GetAntennaInfo(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Selects the antenna to use; applies at once. */
  [Errors=(0x00000101, 0x00000002, 0x00000121)]
  undefined CMAPI_DeviceExt_SelectAntenna(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** One of AntennaInfo.antennaList, e.g. "external" or "auto" (0x00000002 for a name not in the list). */
    DOMString antenna,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.10 PIN/PUK management
// ---------------------------------------------------------------------------------------------

/** Which PIN. Card PINs are 4 to 8 decimal digits (ETSI TS 102 221); each card application (NAA) may have its own PIN1 and PIN2. */
enum PinType {
  /** The application's PIN (CHV1): asked at power-up when enabled; 3 tries, then its PUK (PUK1) is needed. */
  "PIN1",
  /** The second PIN (CHV2): guards fixed dialling numbers and some settings; never asked at power-up. Unblocked with PUK2. */
  "PIN2",
  /** The universal PIN (TS 102 221), shared by every application of a UICC that uses it instead of each application's PIN1. Unblocked with UPUK. */
  "UPIN",
  /** The card's administrative code, held by the operator, given as 8 decimal digits; has no PUK. */
  "ADM",
  /** The device's network personalisation code (TS 22.022 NCK), 8 to 16 digits: a device lock, not a card PIN; has no PUK. */
  "NETWORK_LOCK"
};

/** Which PUK (unblocking key, 8 decimal digits; 10 tries, after which the PIN it unblocks is blocked for good). */
enum PukType {
  /** Unblocks PIN1. */
  "PUK1",
  /** Unblocks PIN2. */
  "PUK2",
  /** Unblocks UPIN (the universal PUK). */
  "UPUK"
};

/** The state of a PIN. */
enum PinState {
  /** PIN checking is off: the PIN is not asked at power-up (PIN2 and ADM are never "disabled" in this sense on most cards). */
  "disabled",
  /** PIN checking is on and the PIN has been entered since power-up. */
  "enabled_verified",
  /** PIN checking is on and the PIN must be entered (CMAPI_PIN_Verify) before the card can be used. */
  "enabled_not_verified",
  /** Too many wrong PINs: the PUK is needed (CMAPI_PIN_Unblock). */
  "blocked",
  /** Too many wrong PUKs: the card application is unusable until the operator replaces the card. */
  "permanently_blocked"
};

/** A PIN's state and tries left. */
dictionary PinStatus {
  /** The PIN this status is about. */
  required PinType pinType;
  /** Whether it is checked, entered, or blocked. */
  required PinState state;
  /** Wrong PINs left before it blocks, 0-15 (cards usually allow 3); 0 when blocked. */
  required octet pinRetriesLeft;
  /** Wrong PUKs left before the PIN is blocked for good, 0-15 (cards usually allow 10); absent for a PIN without a PUK (ADM, NETWORK_LOCK). */
  octet pukRetriesLeft;
};

/** Tries left after a PIN operation, successful or not (the error's data carries it too on a wrong PIN). */
dictionary PinRetries {
  /** Wrong PINs left before the PIN blocks, 0-15; 3 after a successful entry on most cards. */
  required octet pinRetriesLeft;
  /** Wrong PUKs left, 0-15; absent for a PIN without a PUK (ADM, NETWORK_LOCK). */
  octet pukRetriesLeft;
};

/** The PINs that the card application and the device support. */
dictionary PinTypeList {
  /** The number of entries in pinTypeList. */
  required unsigned long pinTypeListElements;
  /** The supported PIN types, each once; UPIN only on a UICC that has a universal PIN, NETWORK_LOCK only on a device that can be personalised. */
  required sequence<PinType> pinTypeList;
};

/** PIN verification, change, enabling and disabling, and unblocking with the PUK. PIN/PUK errors are 0x1001SW1SW2 to
    0x1007SW1SW2, with the UICC status word in the low 16 bits (Table 5): e.g. 0x100163C2 is a wrong PIN with 2 tries
    left. A wrong PIN also emits CMAPI_Callback_PinStatusChanged. Every function takes an optional naaName choosing the
    card application whose PIN is meant; without it, the application the device uses for network access (the USIM,
    or the SIM, CSIM or R-UIM). */
[Exposed=Window, SCR="7.10"]
interface CmapiPIN {
  /** Returns a PIN's state and tries left. */
  [Result=PinStatus, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The card application, by the naaName of CMAPI_UICC_GetApplications (e.g. "USIM", "ISIM", "CSIM"); the network access application when absent (0x11000001 for a name the card has no application for). */
    optional DOMString naaName,
    ResultCallback cb);
  /** Enters a PIN. A wrong PIN answers 0x1001SW1SW2 (63CX: X tries left) or, at the last try, 0x1002SW1SW2 (blocked, PUK needed). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_Verify(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The PIN: 4 to 8 decimal digits, up to 16 for NETWORK_LOCK; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Changes a PIN; PIN checking must be enabled. A wrong old PIN answers 0x1003SW1SW2 (or 0x1004SW1SW2 when it blocked the PIN). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10030000, 0x10040000, 0x10070000, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_Change(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one that cannot be changed, e.g. NETWORK_LOCK). */
    PinType pinType,
    /** The current PIN; write-only. */
    DOMString oldPin,
    /** The new PIN: 4 to 8 decimal digits; write-only. */
    DOMString newPin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Turns PIN checking on: the PIN is then asked at every power-up. */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_Enable(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN; PIN1 or UPIN in practice (0x11000002 for one that cannot be enabled). */
    PinType pinType,
    /** The PIN, to prove the caller knows it; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Turns PIN checking off: the card is usable at power-up without the PIN. Some operators' cards refuse it (0x10070000 with status word 6982 or 6985). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10010000, 0x10020000, 0x10070000, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_Disable(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN; PIN1 or UPIN in practice (0x11000002 for one that cannot be disabled). */
    PinType pinType,
    /** The PIN, to prove the caller knows it; write-only. */
    DOMString pin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Unblocks a blocked PIN with its PUK and sets a new PIN, which is then verified. A wrong PUK answers 0x1005SW1SW2, the last wrong one 0x1006SW1SW2 (blocked for good). */
  [Result=PinRetries, Exclusive, Errors=(0x00000101, 0x00000501, 0x00000502, 0x10050000, 0x10060000, 0x10070000, 0x11000001, 0x11000003)]
  undefined CMAPI_PIN_Unblock(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PUK, and so which PIN it unblocks (0x11000003 for one the card does not have, e.g. UPUK on a card without a universal PIN). */
    PukType pukType,
    /** The PUK: 8 decimal digits, printed on the card's carrier or given by the operator; write-only. */
    DOMString puk,
    /** The new PIN: 4 to 8 decimal digits; write-only. */
    DOMString newPin,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Returns the tries left for a PIN and its PUK, without entering anything. */
  [Result=PinRetries, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001, 0x11000002)]
  undefined CMAPI_PIN_GetRetriesLeft(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Which PIN (0x11000002 for one the card or device does not have). */
    PinType pinType,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
  /** Lists the PIN types the card application and the device support. */
  [Result=PinTypeList, Errors=(0x00000101, 0x00000501, 0x00000502, 0x11000001)]
  undefined CMAPI_PIN_GetSupportedTypes(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The card application (see CMAPI_PIN_GetStatus); the network access application when absent. */
    optional DOMString naaName,
    ResultCallback cb);
};

// ---------------------------------------------------------------------------------------------
// 7.11 UICC
// ---------------------------------------------------------------------------------------------

/** The state of the card slot. */
enum UiccState {
  /** No card is inserted. */
  "absent",
  /** A card is inserted and is being initialised (reading its applications); a passing state. */
  "present",
  /** The card needs its PIN (CMAPI_PIN_Verify) before it can be used. */
  "pin_required",
  /** The PIN is blocked: the card needs its PUK (CMAPI_PIN_Unblock). */
  "puk_required",
  /** The card is usable. */
  "ready",
  /** The card does not answer or is rejected (e.g. a damaged card, or one locked to another network). */
  "error"
};

/** The card's state and identity. */
dictionary UiccStatus {
  /** The card slot's state. */
  required UiccState state;
  /** The card's ICCID (ITU-T E.118): 18 to 20 decimal digits, as printed on the card (padding F nibbles dropped); absent when no card is readable. */
  DOMString iccid;
};

/** An application on the card (an entry of EF_DIR). */
dictionary UiccApplication {
  /** The application identifier: 10 to 32 hexadecimal digits, upper case (5 to 16 bytes, ETSI TS 101 220), e.g. "A0000000871002FF49FF0589" for a USIM. */
  required DOMString aid;
  /** The network access application's kind: "USIM", "ISIM", "CSIM", "SIM" or "RUIM"; another value, as the device names it, for an application that is not an NAA. The value the PIN functions' naaName takes. */
  required DOMString naaName;
  /** The application's label from EF_DIR, for showing to the user; absent when the card gives none. */
  DOMString label;
};

/** The card's applications. */
dictionary UiccApplicationList {
  /** The number of entries in applicationList. */
  required unsigned long applicationListElements;
  /** The applications, in EF_DIR order; empty for a 2G SIM, which has none. */
  required sequence<UiccApplication> applicationList;
};

/** The card's answer to a command APDU. */
dictionary ApduResponse {
  /** The response data, without the status word; empty when the card returned none. */
  required Base64 data;
  /** The status word SW1SW2 as four hexadecimal digits, upper case (Table 5), e.g. "9000" for success. A card error is reported here, not as a function error. */
  required DOMString statusWord;
};

/** A logical channel opened to a card application. */
dictionary LogicalChannel {
  /** The channel number, 1-19 (ETSI TS 102 221: 1-3 standard, 4-19 extended); 0, the basic channel, is never opened. */
  required octet channel;
  /** The response data of the SELECT that opened the channel (the application's FCP template, ISO 7816-4); absent when the card returned none. */
  Base64 selectResponse;
};

/** The content of an elementary file. */
dictionary UiccFile {
  /** The bytes read. */
  required Base64 data;
  /** The status word of the last READ BINARY, four hexadecimal digits (Table 5), e.g. "9000"; a warning such as "6282" (end of file reached before length) with the bytes read. */
  required DOMString statusWord;
};

/** The card's answer to reset. */
dictionary Atr {
  /** The ATR bytes (ISO 7816-3), 2 to 33 bytes. */
  required Base64 atr;
};

/** The result of CMAPI_UICC_SetTerminalProfile. */
dictionary TerminalProfileResult {
  /** True when the profile was set but some of its toolkit facilities overlap with ones the device or another application already handles: the call succeeded except for those facilities, which stay with their current handler (Table 4's 0x00000554, reported here because it is not a failure). */
  required boolean toolkitOverlap;
};

/** A proactive command the card sent (ETSI TS 102 223) that the device leaves to the applications. */
dictionary UiccProactiveCommand {
  /** The device whose card sent the command. */
  required DeviceId deviceId;
  /** The whole proactive command as fetched from the card: the BER-TLV with tag D0. */
  required Base64 command;
  /** The command number of its command details, 1-254, which the terminal response repeats. */
  required octet commandNumber;
  /** The type of command of its command details (TS 102 223), e.g. 0x21 DISPLAY TEXT, 0x24 SELECT ITEM, 0x25 SET UP MENU, 0x13 SEND SHORT MESSAGE. */
  required octet commandType;
};

/** Card status and applications, APDUs over logical channels, file reads, and the card application toolkit (envelopes,
    terminal profile, proactive commands and terminal responses). A card's error status word is reported in the result's
    statusWord where the result has one; 0x00000501 means the device has no card reader, 0x00000502 that the card is
    absent or does not answer. */
[Exposed=Window, SCR="7.11"]
interface CmapiUICC {
  /** Returns the card slot's state and the card's ICCID. */
  [Result=UiccStatus, Errors=(0x00000101, 0x00000501)]
  undefined CMAPI_UICC_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the card's answer to reset, as received at the last reset. */
  [Result=Atr, Errors=(0x00000101, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_GetATR(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the card's applications (EF_DIR). */
  [Result=UiccApplicationList, Errors=(0x00000101, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_GetApplications(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Opens a logical channel and selects an application on it (MANAGE CHANNEL, then SELECT by AID). The channel stays
      open until CloseLogicalChannel, the session's end or a card reset. 0x00000002 when the card has no application with
      that AID or no free channel (the card's status word in the error's data). */
  [Result=LogicalChannel, Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_OpenLogicalChannel(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The application's AID, 10 to 32 hexadecimal digits (a partial AID selects the first application it starts). */
    DOMString aid,
    ResultCallback cb);
  /** Closes a logical channel this application opened. */
  [Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_CloseLogicalChannel(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The channel, 1-19, from OpenLogicalChannel (0x00000002 for one that is not open). */
    octet channel,
    ResultCallback cb);
  /** Sends a command APDU on a channel and returns the card's response. The device puts the channel number into CLA
      and handles GET RESPONSE (61XX) and wrong-length retries (6CXX) itself. MANAGE CHANNEL and SELECT by AID on
      channel 0 are refused (0x00000002): use OpenLogicalChannel. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000002, 0x00000501, 0x00000502)]
  undefined CMAPI_UICC_TransmitAPDU(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The channel, 0 (basic) or 1-19 from OpenLogicalChannel. */
    octet channel,
    /** The command APDU (ISO 7816-4, cases 1 to 4: CLA INS P1 P2 [Lc data] [Le]), 4 to 261 bytes. */
    Base64 apdu,
    ResultCallback cb);
  /** Reads a transparent elementary file by path. 0x00004007 when the path names no file on the card (status word 6A82). */
  [Result=UiccFile, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00004007)]
  undefined CMAPI_UICC_ReadFile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The file's path from the master file as concatenated file ids in hexadecimal, e.g. "3F007F206F07" (EF_IMSI of the GSM DF) or "3F007FFF6F07" (EF_IMSI of the current USIM ADF). */
    DOMString path,
    /** Where to start reading, in bytes from the file's start; 0 by default. */
    optional unsigned short offset = 0,
    /** How many bytes to read; up to the end of the file when absent. */
    optional unsigned short length,
    ResultCallback cb);
  /** Sends a toolkit ENVELOPE command (e.g. menu selection, event download, SMS-PP download) and returns the card's answer. */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000551, 0x00000552)]
  undefined CMAPI_UICC_SendEnvelope(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The ENVELOPE's data: a BER-TLV (TS 102 223, e.g. tag D3 menu selection, D6 event download), without the APDU header (0x00000552 when malformed; 0x00000551 when the device already handles that envelope itself). */
    Base64 envelope,
    ResultCallback cb);
  /** Tells the card which toolkit facilities this application handles (TERMINAL PROFILE). The device merges them with
      its own; where they overlap, the call still succeeds and the result says so (toolkitOverlap: Table 4's 0x00000554).
      After it, the card's proactive commands for those facilities arrive as CMAPI_Callback_UICCProactiveCommand. */
  [Result=TerminalProfileResult, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000553)]
  undefined CMAPI_UICC_SetTerminalProfile(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The terminal profile bytes (TS 102 223 section 5.2), one bit per facility (0x00000553 when malformed). */
    Base64 profile,
    ResultCallback cb);
  /** Answers a proactive command (CMAPI_Callback_UICCProactiveCommand) with a TERMINAL RESPONSE; the card may answer with its next proactive command pending (status word 91XX). */
  [Result=ApduResponse, Errors=(0x00000101, 0x00000501, 0x00000502, 0x00000555)]
  undefined CMAPI_UICC_SendTerminalResponse(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The TERMINAL RESPONSE's data (TS 102 223 section 6.8), repeating the command's details (0x00000555 when malformed or answering no pending command). */
    Base64 response,
    ResultCallback cb);
};

/** The card sent a proactive command that the device leaves to applications (one for a facility an application set with CMAPI_UICC_SetTerminalProfile). The application answers it with CMAPI_UICC_SendTerminalResponse, promptly: the card waits. */
callback CMAPI_Callback_UICCProactiveCommand = undefined (UiccProactiveCommand payload);

// ---------------------------------------------------------------------------------------------
// 7.12 WLAN, with Hotspot 2.0 (Passpoint)
// ---------------------------------------------------------------------------------------------

/** A network's authentication and key management (what Wi-Fi settings call "security"). */
enum WlanSecurity {
  /** No authentication, no encryption. */
  "open",
  /** WEP, with a 40- or 104-bit key; obsolete and insecure, refused by many devices and by "secure_networks_only". */
  "WEP",
  /** WPA with a pre-shared key (WPA-PSK, usually TKIP). */
  "WPA_PERSONAL",
  /** WPA2 (RSN) with a pre-shared key (WPA2-PSK, CCMP). */
  "WPA2_PERSONAL",
  /** WPA3 with a password (SAE); a WPA2/WPA3 transition network may be joined with either. */
  "WPA3_PERSONAL",
  /** WPA with IEEE 802.1X/EAP authentication (needs eap). */
  "WPA_ENTERPRISE",
  /** WPA2 with IEEE 802.1X/EAP authentication (needs eap); what Hotspot 2.0 networks use. */
  "WPA2_ENTERPRISE",
  /** WPA3 with IEEE 802.1X/EAP authentication (needs eap), including the 192-bit mode. */
  "WPA3_ENTERPRISE"
};

/** A network's data encryption (pairwise cipher). */
enum WlanEncryption {
  /** No encryption (open networks). */
  "none",
  /** WEP (RC4). */
  "WEP",
  /** TKIP, of WPA; deprecated. */
  "TKIP",
  /** AES-CCMP, of WPA2 and WPA3. */
  "AES_CCMP",
  /** AES-GCMP (128 or 256 bits), e.g. in WPA3-Enterprise's 192-bit mode. */
  "GCMP"
};

/** The EAP method of an enterprise or Hotspot 2.0 network. */
enum EapMethod {
  /** EAP-TLS: a client certificate and its private key, no password. */
  "EAP_TLS",
  /** EAP-TTLS: a password inside a TLS tunnel, with a phase-2 method (usually PAP or MSCHAPV2). */
  "EAP_TTLS",
  /** PEAP: a password inside a TLS tunnel, with a phase-2 method (usually MSCHAPV2). */
  "PEAP",
  /** EAP-SIM: the SIM's credentials (GSM authentication); needs a card application the device can use (0x00011009 otherwise). */
  "EAP_SIM",
  /** EAP-AKA: the USIM's credentials; needs a card application the device can use (0x00011009 otherwise). */
  "EAP_AKA",
  /** EAP-AKA' (RFC 5448): as EAP-AKA with a stronger key derivation, what Wi-Fi calling networks use. */
  "EAP_AKA_PRIME"
};

/** The inner (phase-2) authentication of EAP-TTLS and PEAP. */
enum EapPhase2Method {
  /** Plain password (EAP-TTLS only). */
  "PAP",
  /** MS-CHAP (EAP-TTLS only). */
  "MSCHAP",
  /** MS-CHAPv2: the usual inner method of PEAP. */
  "MSCHAPV2",
  /** EAP-GTC: generic token card, e.g. one-time passwords. */
  "GTC"
};

/** How the device takes part in a network. */
enum WlanMode {
  /** Through an access point: every ordinary Wi-Fi network. */
  "infrastructure",
  /** Directly with other stations, without an access point (IBSS); not supported by most phones (0x00010008). */
  "adhoc"
};

/** The WLAN interface's connection state, in the order a connection goes through them. */
enum WlanConnectionState {
  /** Not associated with any network. */
  "disconnected",
  /** Scanning for the network to join. */
  "scanning",
  /** Associating with an access point. */
  "associating",
  /** Exchanging keys or running EAP with the access point; a wrong key fails here (0x00012004). */
  "authenticating",
  /** Associated and authenticated, waiting for an IP address (DHCP or IPv6 autoconfiguration). */
  "obtaining_ip",
  /** Associated, authenticated and with an IP address: traffic can flow. */
  "connected"
};

/** How Wi-Fi Protected Setup (WPS) proves the user may join. */
enum WpsMethod {
  /** The user presses the WPS button on the access point within 2 minutes. */
  "push_button",
  /** The user enters an 8-digit PIN on the access point (the device's, from WpsResult) or gives the access point's PIN to CMAPI_WLAN_StartWPS. */
  "pin"
};

/** Which networks the device may connect to. */
enum WlanSecurityMode {
  /** Only networks in the known-networks list; connecting to others gives 0x00011002, adding them needs the administrator access level. */
  "known_networks_only",
  /** Any network, known or not. */
  "any_network",
  /** Only networks with WPA2 or better and an allowed encryption (WlanSecurityPolicy.allowedEncryption): open and WEP networks are refused (0x00011005). */
  "secure_networks_only"
};

/** Names of the ANQP elements (IEEE 802.11u, and Hotspot 2.0 for the hs20_ ones) that CMAPI_WLAN_QueryANQP asks for. */
enum AnqpElementName {
  /** Venue Name (info ID 258): the venue's name, in several languages. */
  "venue_name",
  /** Network Authentication Type (260): whether a captive portal asks to accept terms or log in, and its URL. */
  "network_auth_type",
  /** Roaming Consortium (261): the roaming consortium OIs whose members' credentials work here. */
  "roaming_consortium",
  /** IP Address Type Availability (262): whether IPv4 and IPv6 addresses are public, NATed or unavailable. */
  "ip_address_type_availability",
  /** NAI Realm (263): the realms whose credentials work here, and their EAP methods. */
  "nai_realm",
  /** 3GPP Cellular Network (264): the PLMNs whose SIM credentials work here (EAP-SIM/AKA). */
  "3gpp_cellular_network",
  /** Domain Name (268): the domains of the operator running the hotspot. */
  "domain_name",
  /** Hotspot 2.0 Operator Friendly Name: the hotspot operator's name to show the user. */
  "hs20_operator_friendly_name",
  /** Hotspot 2.0 WAN Metrics: the backhaul's speeds and load. */
  "hs20_wan_metrics",
  /** Hotspot 2.0 Connection Capability: which IP protocols and ports are open. */
  "hs20_connection_capability",
  /** Hotspot 2.0 OSU Providers List: the online sign-up servers that sell credentials here. */
  "hs20_osu_providers_list"
};

/** An EAP configuration to write (known networks and Hotspot 2.0 credentials). The password and the client's private key are accepted here and never returned. */
dictionary EapSettings {
  /** The EAP method (0x0001000B when the device does not support it). */
  required EapMethod method;
  /** The user name (inner identity), e.g. "alice@example.com"; not used with EAP-SIM/AKA, whose identity comes from the card. */
  DOMString identity;
  /** The outer identity sent in clear before the TLS tunnel, e.g. "anonymous@example.com"; EAP-TTLS and PEAP; the identity is sent in clear when absent. */
  DOMString anonymousIdentity;
  /** The password, for EAP-TTLS and PEAP; write-only; the stored one is kept when absent on an update. */
  DOMString password;
  /** The CA certificate that the server's certificate must chain to, X.509 DER; when absent the device uses its system CAs. */
  Base64 caCertificate;
  /** The client certificate, X.509 DER, for EAP-TLS. */
  Base64 clientCertificate;
  /** The client certificate's private key, PKCS #8 DER, for EAP-TLS; write-only. */
  Base64 clientKey;
  /** The inner method of EAP-TTLS and PEAP (0x0001000C when missing for them or given for another method). */
  EapPhase2Method phase2Method;
};

/** An EAP configuration as results show it: no password or private key, only whether they are set. */
dictionary EapConfiguration {
  /** The EAP method. */
  required EapMethod method;
  /** The user name (inner identity); absent for EAP-SIM/AKA. */
  DOMString identity;
  /** The outer identity sent in clear; absent when the identity itself is sent. */
  DOMString anonymousIdentity;
  /** True when a password is stored. */
  boolean passwordSet;
  /** The CA certificate the server's must chain to, X.509 DER; absent when the system CAs are used. */
  Base64 caCertificate;
  /** The client certificate, X.509 DER, for EAP-TLS. */
  Base64 clientCertificate;
  /** True when the client certificate's private key is stored. */
  boolean clientKeySet;
  /** The inner method of EAP-TTLS and PEAP. */
  EapPhase2Method phase2Method;
};

/** A known network to add or replace: what CMAPI_WLAN_AddKnownNetwork and UpdateKnownNetwork take. The key is accepted here and never returned. Each member's error code is in its description. */
dictionary WlanNetworkSettings {
  /** The position in the known-networks list, 0 first: lower indexes are tried first. Adding inserts here and moves the others down (0x00013007 past the end of the list; 0x00013008 among the predefined networks, which come first); updating replaces the network here (0x00010001 when there is none). */
  required unsigned long index;
  /** The network's name, 1 to 32 bytes ("" is refused: a known network always has a name, hidden or not); 0x00010004 when the device refuses the name. */
  required Ssid ssid;
  /** Restricts the network to one access point, AA:BB:CC:DD:EE:FF; any access point with the SSID when absent (0x00010005 when malformed). */
  DOMString bssid;
  /** A name to show the user instead of the SSID, up to 64 characters; the SSID is shown when absent (0x00010006 when too long). */
  DOMString friendlyName;
  /** The network's security (0x00010007 when the device does not support it; 0xF0000006 when the security policy forbids it). */
  required WlanSecurity security;
  /** The pairwise cipher; the device negotiates the best one the security allows when absent (0x0001000D when unsupported, 0x00013001 when it does not fit the security, e.g. TKIP with WPA3). */
  WlanEncryption encryption;
  /** The key, for the personal and WEP securities: a WPA/WPA2 passphrase of 8 to 63 printable ASCII characters or a 64-hex-digit PSK; a WPA3 (SAE) password of 1 to 128 characters; a WEP key of 5 or 13 characters or 10 or 26 hex digits (0x0001000A when it does not fit the security). Write-only; the stored key is kept when absent on an update. */
  DOMString key;
  /** The EAP configuration, required for the enterprise securities and ignored otherwise (0x0001000C when missing or inconsistent). */
  EapSettings eap;
  /** Infrastructure (the default) or ad hoc (0x00010008 when the device does not support it). */
  WlanMode mode = "infrastructure";
  /** True when the network does not broadcast its SSID: the device then probes for it by name, which reveals the name wherever the device goes (0x00010009 when the device cannot). false by default. */
  boolean hidden = false;
  /** True (the default): the device joins the network by itself when in range; false: only by CMAPI_WLAN_Connect. */
  boolean autoConnect = true;
};

/** A known network as results show it: the settings without the key, with keySet and predefined. */
dictionary WlanNetwork {
  /** The position in the known-networks list, 0 first; the predefined networks come first. */
  required unsigned long index;
  /** The network's name, 1 to 32 bytes. */
  required Ssid ssid;
  /** The one access point the network is restricted to, AA:BB:CC:DD:EE:FF; absent when any access point with the SSID will do. */
  DOMString bssid;
  /** The name to show the user; absent when the SSID is shown. */
  DOMString friendlyName;
  /** The network's security. */
  required WlanSecurity security;
  /** The pairwise cipher; absent when the device negotiates it. */
  WlanEncryption encryption;
  /** True when a key is stored (its value is write-only); absent or false for open and enterprise networks. */
  boolean keySet;
  /** The EAP configuration, for the enterprise securities. */
  EapConfiguration eap;
  /** Infrastructure or ad hoc. */
  WlanMode mode = "infrastructure";
  /** True when the device probes for the network by name. */
  boolean hidden = false;
  /** True when the device joins the network by itself when in range. */
  boolean autoConnect = true;
  /** True for a network the operator provisioned: it cannot be updated, moved or deleted (0x00010002). */
  boolean predefined = false;
};

/** The known networks. */
dictionary WlanNetworkList {
  /** The number of entries in networkList. */
  required unsigned long networkListElements;
  /** The known networks in priority order (by index), the predefined ones first. */
  required sequence<WlanNetwork> networkList;
};

/** One access point a scan found. A network with several access points gives one entry per access point. */
dictionary WlanScanEntry {
  /** The network's name; "" for an access point that hides it (a hidden network). */
  required Ssid ssid;
  /** The access point's MAC address, AA:BB:CC:DD:EE:FF. */
  required DOMString bssid;
  /** The strongest security the access point offers. */
  required WlanSecurity security;
  /** The received signal strength in dBm, -127..0 (e.g. -45 is strong, -85 barely usable). */
  required long rssi;
  /** The channel number in its band: 1-14 at 2.4 GHz, 32-177 at 5 GHz, 1-233 at 6 GHz. */
  required unsigned short channel;
  /** The channel's centre frequency in MHz, 2412-7115; tells the band, which the channel number alone does not. */
  required unsigned long frequency;
  /** True when the network is in the known-networks list. */
  required boolean known;
  /** True when the access point advertises Hotspot 2.0 (Passpoint): CMAPI_WLAN_QueryANQP can ask it which credentials it accepts. */
  boolean passpoint = false;
};

/** The access points in range. */
dictionary WlanScanResult {
  /** The number of entries in scanList. */
  required unsigned long scanListElements;
  /** The access points found, strongest (highest rssi) first. */
  required sequence<WlanScanEntry> scanList;
};

/** The WLAN interface's connection. Members other than state and macAddress are present only while associated (state "obtaining_ip" or "connected"). */
dictionary WlanStatus {
  /** The connection state. */
  required WlanConnectionState state;
  /** The network's name. */
  Ssid ssid;
  /** The access point's MAC address, AA:BB:CC:DD:EE:FF. */
  DOMString bssid;
  /** The received signal strength in dBm, -127..0. */
  long rssi;
  /** The channel number in its band (see WlanScanEntry.channel). */
  unsigned short channel;
  /** The current transmit link rate in Mbit/s, e.g. 866; it varies with the signal. */
  unsigned long linkSpeed;
  /** The MAC address the interface uses on this network (it may be a randomised one, see CMAPI_WLAN_SetMACAddress), AA:BB:CC:DD:EE:FF. */
  DOMString macAddress;
};

/** The WLAN interface's MAC address. */
dictionary MacAddress {
  /** The address in use, AA:BB:CC:DD:EE:FF, upper case. */
  required DOMString macAddress;
};

/** What a WPS start gives back. */
dictionary WpsResult {
  /** With the PIN method and no pin given: the PIN the device generated (8 digits, 4 on some devices), for the user to enter on the access point within 2 minutes (a one-time code, so it is returned). Absent otherwise. */
  DOMString pin;
};

/** Which networks the device may join and with which encryption. */
dictionary WlanSecurityPolicy {
  /** Which networks the device may connect to. */
  required WlanSecurityMode mode;
  /** The ciphers allowed, at least one; a network whose cipher is not listed is refused (0x00011005, and 0xF0000006 when adding it). */
  required sequence<WlanEncryption> allowedEncryption;
};

/** A Hotspot 2.0 (Passpoint) credential to add: a subscription that lets the device join any hotspot that accepts it. The EAP password and private key are accepted here and never returned. */
dictionary PasspointCredentialSettings {
  /** An id the application chooses, unique on the device, e.g. "example-sub-1"; used to delete the credential. */
  required DOMString credentialId;
  /** The home service provider's FQDN, e.g. "hotspot.example.com": hotspots whose Domain Name element lists it are home networks. */
  required DOMString fqdn;
  /** The provider's name to show the user, up to 64 characters (0x00010006 when too long). */
  required DOMString friendlyName;
  /** The NAI realm of the credential, e.g. "example.com": hotspots whose NAI Realm element lists it accept it. */
  required DOMString realm;
  /** The EAP configuration: EAP-TTLS with a password, EAP-TLS with a certificate, or EAP-SIM/AKA/AKA' with the card (0x0001000B for another method, 0x0001000C when inconsistent, 0x00011009 for SIM-based methods on a device without a usable card). */
  required EapSettings eap;
  /** Roaming consortium OIs, each 6 or 10 hexadecimal digits (e.g. "5A03BA0000"): hotspots advertising one of them accept the credential; none when absent. */
  sequence<DOMString> roamingConsortiumOis;
};

/** A Hotspot 2.0 credential as results show it: without the EAP password or private key. */
dictionary PasspointCredential {
  /** The id given when it was added. */
  required DOMString credentialId;
  /** The home service provider's FQDN. */
  required DOMString fqdn;
  /** The provider's name to show the user. */
  required DOMString friendlyName;
  /** The NAI realm of the credential. */
  required DOMString realm;
  /** The EAP configuration, secrets only as passwordSet and clientKeySet. */
  required EapConfiguration eap;
  /** Roaming consortium OIs, hexadecimal; absent when none. */
  sequence<DOMString> roamingConsortiumOis;
};

/** The Hotspot 2.0 credentials on the device. */
dictionary PasspointCredentialList {
  /** The number of entries in credentialList. */
  required unsigned long credentialListElements;
  /** The credentials, in the order they were added. */
  required sequence<PasspointCredential> credentialList;
};

/** Hotspot 2.0 network selection and the hotspot in use. */
dictionary PasspointStatus {
  /** True when the device selects and joins Hotspot 2.0 networks by itself with its credentials. */
  required boolean enabled;
  /** The FQDN of the credential the current connection uses; absent when not connected through Hotspot 2.0. */
  DOMString connectedFqdn;
  /** The current hotspot's venue name (from its Venue Name element, in the device's language where offered); absent when unknown. */
  DOMString venueName;
};

/** One ANQP element an access point returned. */
dictionary AnqpElement {
  /** Which element. */
  required AnqpElementName name;
  /** The element's payload as the access point sent it (after the info ID and length fields), IEEE 802.11 or Hotspot 2.0 encoding. */
  required Base64 value;
};

/** The answer of an access point to an ANQP query. */
dictionary AnqpResponse {
  /** The access point that answered, AA:BB:CC:DD:EE:FF. */
  required DOMString bssid;
  /** The number of entries in elementList. */
  required unsigned long elementListElements;
  /** The elements the access point returned, in the order asked; an element it does not have is left out. */
  required sequence<AnqpElement> elementList;
};

/** Scanning, known networks and their security, connecting, WPS, IP configuration, the MAC address, the security policy,
    and Hotspot 2.0 (Passpoint) credentials and ANQP queries. MAC addresses (bssid, macAddress) are six hex pairs
    separated by colons, AA:BB:CC:DD:EE:FF; results give them in upper case, arguments may use either case. */
[Exposed=Window, SCR="7.12"]
interface CmapiWLAN {
  /** Scans for networks in range and answers with what it found (also sent as CMAPI_Callback_WLANScanCompleted). The
      interim responses: "received" when the scan is accepted, "processing" while the radio scans (2 to 10 s with 5 and
      6 GHz); the final response carries the result. 0x00000132 while the WLAN radio is off. */
  [Result=WlanScanResult, Interim, Exclusive, Errors=(0x00000101, 0x00000104, 0x00000132)]
  undefined CMAPI_WLAN_Scan(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Probes for this network by name too, to find a hidden one (1 to 32 bytes); without it, only broadcast names are found and hidden networks appear with ssid "". */
    optional Ssid ssid,
    ResultCallback cb);
  /** Returns the last scan's result without scanning again (0x00000011 when there has been no scan since the radio came on). Entries may be up to a minute old. */
  [Result=WlanScanResult, Errors=(0x00000101, 0x00000011)]
  undefined CMAPI_WLAN_GetScanResults(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Lists the known (saved) networks in priority order; keys and EAP secrets are not returned. */
  [Result=WlanNetworkList, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetKnownNetworks(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Adds a known network at its index, moving the networks from that index down by one. */
  [Errors=(0x00000101, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x00010008, 0x00010009, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00011009, 0x00013001, 0x00013007, 0x00013008, 0xF0000006)]
  undefined CMAPI_WLAN_AddKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network, with its key; each member's error code is in its description (0x00010004 also when a network with the same SSID and BSSID is already known). */
    WlanNetworkSettings network,
    ResultCallback cb);
  /** Replaces the known network at the network's index; a key or EAP password left out keeps the stored one. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00010004, 0x00010005, 0x00010006, 0x00010007, 0x00010008, 0x00010009, 0x0001000A, 0x0001000B, 0x0001000C, 0x0001000D, 0x00011009, 0x00013001, 0x00013002, 0xF0000006)]
  undefined CMAPI_WLAN_UpdateKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network; its index says which one to replace (0x00010001 when none is there, which a client treats like its Table 4 twin 0x00013002; 0x00010002 when it is predefined). */
    WlanNetworkSettings network,
    ResultCallback cb);
  /** Deletes the known network at an index; the networks after it move up by one. The device disconnects if it was connected to it. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013002)]
  undefined CMAPI_WLAN_DeleteKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network's index (0x00010001 when none is there, which a client treats like its Table 4 twin 0x00013002; 0x00010002 when it is predefined). */
    unsigned long index,
    ResultCallback cb);
  /** Moves a known network to another priority index; the networks between shift by one. */
  [Errors=(0x00000101, 0x00010001, 0x00010002, 0x00013007, 0x00013008)]
  undefined CMAPI_WLAN_MoveKnownNetwork(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The network's current index (0x00010001 when none is there, 0x00010002 when it is predefined). */
    unsigned long fromIndex,
    /** Its new index (0x00013007 past the end of the list, 0x00013008 among the predefined networks). */
    unsigned long toIndex,
    ResultCallback cb);
  /** Connects to a known network, leaving the current one. The interim responses: "received" when the request is
      accepted, "processing" while associating and authenticating (usually 1 to 5 s, up to 30 s with EAP); the final
      response comes when the association is made and authenticated; the IP address may come later
      (CMAPI_Callback_WLANConnectionChanged, state "connected"). 0x00012004 when the key or EAP credentials are refused. */
  [Interim, Exclusive, Errors=(0x00000101, 0x00000010, 0x00000132, 0x00011002, 0x00011005, 0x00012001, 0x00012002, 0x00012004)]
  undefined CMAPI_WLAN_Connect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The name of the known network to join, 1 to 32 bytes, matched byte for byte (0x00012001 when no known network has it; 0x00011002 when the policy allows known networks only and it is not one). */
    Ssid ssid,
    /** Joins this access point only, AA:BB:CC:DD:EE:FF; the strongest access point of the network when absent (0x00012002 when it is not one of the known network's). */
    optional DOMString bssid,
    ResultCallback cb);
  /** Disconnects from the current network; the network stays known, but autoConnect networks may be joined again unless the application disables them. 0x00011001 when there is no connection (a client treats its Table 4 twin 0x00013003 alike). */
  [Exclusive, Errors=(0x00000101, 0x00011001, 0x00013003)]
  undefined CMAPI_WLAN_Disconnect(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the connection state, and the network, signal and link rate while associated. */
  [Result=WlanStatus, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Starts Wi-Fi Protected Setup, which joins a network and adds it to the known networks without typing its key. The
      interim responses: "received" when WPS starts, "processing" while the device waits for the user at the access
      point (up to 2 minutes, the WPS walk time); the final response comes when WPS has started, with the device's PIN
      if it generated one, and CMAPI_Callback_WPSCompleted reports the outcome. 0x00000121 when the device has no WPS. */
  [Result=WpsResult, Interim, Exclusive, Errors=(0x00000101, 0x00000121, 0x00000132, 0x00010005, 0x00011007)]
  undefined CMAPI_WLAN_StartWPS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** Push button or PIN. */
    WpsMethod method,
    /** With the PIN method: the access point's PIN, 8 digits (or 4 on some access points), which the device enters; when absent the device generates one (WpsResult.pin). 0x00011007 when malformed or its check digit is wrong. */
    optional DOMString pin,
    /** Uses this access point only, AA:BB:CC:DD:EE:FF; the one whose WPS is active when absent (0x00010005 when malformed). */
    optional DOMString bssid,
    ResultCallback cb);
  /** Cancels a WPS run that has not completed (0x00011006 when none is running). */
  [Errors=(0x00000101, 0x00011006)]
  undefined CMAPI_WLAN_CancelWPS(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Returns the IP configuration of the WLAN interface (0x00011008 when not connected, 0x00012003 while associated but still waiting for an address: retry). */
  [Result=IpConfiguration, Errors=(0x00000101, 0x00011008, 0x00012003)]
  undefined CMAPI_WLAN_GetIPConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the IP configuration used on a known network: DHCP, or a static address; applies at the next connection to it. */
  [Errors=(0x00000101, 0x00013002, 0x00013004, 0x00013005, 0x00013009, 0x0001300A, 0x0001300B, 0x0001300C, 0x0001300E)]
  undefined CMAPI_WLAN_SetIPConfiguration(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The known network's index (0x00013002 when none is there). */
    unsigned long index,
    /** dynamic true for DHCP (the rest ignored), or a static configuration: 0x00013004 or 0x0001300A for a bad address, 0x00013005 or 0x0001300B for a bad mask, 0x0001300E for a bad gateway, 0x0001300C for a bad httpProxy, 0x00013009 when the device does not support static configuration. */
    IpConfiguration configuration,
    ResultCallback cb);
  /** Returns the MAC address the WLAN interface uses. */
  [Result=MacAddress, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetMACAddress(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the MAC address the WLAN interface uses, e.g. a locally administered one for privacy; kept until changed or
      a factory reset. Not while connected, unless the device reconnects by itself (0x00000010). */
  [Errors=(0x00000101, 0x00000010, 0x0001300D, 0x00013006)]
  undefined CMAPI_WLAN_SetMACAddress(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The address, AA:BB:CC:DD:EE:FF: a unicast address (lowest bit of the first byte 0), "" for the factory address (0x0001300D when malformed or multicast; 0x00013006 when the policy forbids changing it). */
    DOMString macAddress,
    ResultCallback cb);
  /** Returns the security policy for joining networks. */
  [Result=WlanSecurityPolicy, Errors=(0x00000101)]
  undefined CMAPI_WLAN_GetSecurityPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Sets the security policy; needs the administrator or operator access level (0xF0000001). A current connection the new policy forbids is ended. */
  [Errors=(0x00000101, 0x00011005, 0xF0000001)]
  undefined CMAPI_WLAN_SetSecurityPolicy(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The policy (0x00011005 when the device's own policy, e.g. an operator's, forbids it). */
    WlanSecurityPolicy policy,
    ResultCallback cb);
  /** Lists the Hotspot 2.0 credentials, without their secrets (0x00000121 when the device has no Hotspot 2.0). */
  [Result=PasspointCredentialList, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_GetPasspointCredentials(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Adds a Hotspot 2.0 credential; one with the same credentialId is replaced. */
  [Errors=(0x00000101, 0x00000121, 0x00010006, 0x0001000B, 0x0001000C, 0x00011009)]
  undefined CMAPI_WLAN_AddPasspointCredential(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The credential, with its secrets; each member's error code is in its description. */
    PasspointCredentialSettings credential,
    ResultCallback cb);
  /** Removes a Hotspot 2.0 credential; a connection that uses it is ended. */
  [Errors=(0x00000101, 0x00000121, 0x00000011)]
  undefined CMAPI_WLAN_DeletePasspointCredential(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The credential's id (0x00000011 when no credential has it). */
    DOMString credentialId,
    ResultCallback cb);
  /** Turns Hotspot 2.0 network selection on or off; off ends a connection made through it. */
  [Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_SetPasspointEnabled(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** True lets the device join Hotspot 2.0 networks by itself with its credentials. */
    boolean enabled,
    ResultCallback cb);
  /** Returns whether Hotspot 2.0 selection is on and the hotspot in use. */
  [Result=PasspointStatus, Errors=(0x00000101, 0x00000121)]
  undefined CMAPI_WLAN_GetPasspointStatus(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    ResultCallback cb);
  /** Asks an access point for ANQP elements (IEEE 802.11u GAS exchange), before joining it, e.g. to learn which
      credentials it accepts. The interim responses: "received", then "processing" while the query is in the air
      (usually under 1 s, up to 5 s); the final response carries the elements. 0x00010005 when no access point with
      that BSSID is in range or it does not answer. */
  [Result=AnqpResponse, Interim, Errors=(0x00000101, 0x00000121, 0x00000132, 0x00010005)]
  undefined CMAPI_WLAN_QueryANQP(
    /** The device, from CMAPI_Device_Open. */
    DeviceId deviceId,
    /** The access point, AA:BB:CC:DD:EE:FF, as a scan found it (WlanScanEntry.passpoint true for Hotspot 2.0 ones). */
    DOMString bssid,
    /** The elements to ask for, at least one, each once. */
    sequence<AnqpElementName> elements,
    ResultCallback cb);
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
  "CMAPI_Callback_UICCProactiveCommand",
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
